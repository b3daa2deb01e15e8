// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudresult.h"

#include <QJsonObject>
#include <QString>

namespace Topologist {

/// Reads the answer of GET /version.json (no envelope).
class Alien4CloudVersionInterpreter
{
public:
    struct Result
    {
        Alien4CloudError error;
        QJsonObject data;
        /// "3.0.0", or "dev-version" for a development build; empty on error.
        QString version;

        /// Copies what the reply's accessors show.
        void storeIn(Alien4CloudResult *result) const;
    };

    explicit Alien4CloudVersionInterpreter(const Alien4CloudAnswerErrors &errors);

    Result read(const Alien4CloudResponse &response) const;

private:
    Alien4CloudAnswerErrors m_errors;
};

} // namespace Topologist
