// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudresult.h"

#include <QJsonValue>
#include <QString>

namespace Topologist {

/// Reads the answer of POST /rest/latest/csars (upload) or /csars/check (parse only). A4C
/// answers both with HTTP 200 whatever happened; the envelope's error code tells.
class Alien4CloudCsarInterpreter
{
public:
    struct Result
    {
        /// Rejected when A4C refused the archive; csar is filled then too.
        Alien4CloudError error;
        QJsonValue data;
        Alien4CloudCsarResult csar;

        /// Copies what the reply's accessors show.
        void storeIn(Alien4CloudResult *result) const;
    };

    /// `fileName` is how messages name the archive.
    Alien4CloudCsarInterpreter(const Alien4CloudAnswerErrors &errors,
                               bool checkOnly,
                               const QString &fileName);

    Result read(const Alien4CloudResponse &response) const;

private:
    bool isCheckUnsupported(const Alien4CloudResponse &response) const;

    Alien4CloudAnswerErrors m_errors;
    bool m_checkOnly;
    QString m_fileName;
};

} // namespace Topologist
