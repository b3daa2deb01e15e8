// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudresult.h"

#include <QJsonValue>
#include <QString>

namespace Topologist {

/// Reads the answer of POST /rest/latest/applications.
class Alien4CloudApplicationInterpreter
{
public:
    struct Result
    {
        Alien4CloudError error;
        QJsonValue data;
        /// The new application's id (A4C answers with it; it equals the archive name).
        QString applicationId;
        /// Created with a remark (error 615, a version of the archive already existed).
        QString notice;

        /// Copies what the reply's accessors show.
        void storeIn(Alien4CloudResult *result) const;
    };

    /// What was asked for, as the messages repeat it.
    Alien4CloudApplicationInterpreter(const Alien4CloudAnswerErrors &errors,
                                      const QString &name,
                                      const QString &archiveName,
                                      const QString &templateId);

    Result read(const Alien4CloudResponse &response) const;

private:
    Result created(const QJsonValue &data, int code, const QString &serverMessage) const;

    Alien4CloudAnswerErrors m_errors;
    QString m_name;
    QString m_archiveName;
    QString m_templateId;
};

} // namespace Topologist
