// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudresult.h"

#include <QJsonObject>
#include <QString>

namespace Topologist {

/// Reads the answer of GET /rest/admin/health (Spring Boot's actuator, no envelope).
class Alien4CloudHealthInterpreter
{
public:
    struct Result
    {
        Alien4CloudError error;
        /// The whole document, also when the server reports itself unhealthy.
        QJsonObject data;
        /// "UP" when healthy; empty when the answer had no status.
        QString status;

        /// Copies what the reply's accessors show.
        void storeIn(Alien4CloudResult *result) const;
    };

    explicit Alien4CloudHealthInterpreter(const Alien4CloudAnswerErrors &errors);

    Result read(const Alien4CloudResponse &response) const;

private:
    Alien4CloudAnswerErrors m_errors;
};

} // namespace Topologist
