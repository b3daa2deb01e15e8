// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudresult.h"

#include <QJsonValue>

namespace Topologist {

/// Reads the answer of GET /rest/latest/csars/{name:version}. A missing archive is an answer,
/// not an error.
class Alien4CloudCsarExistsInterpreter
{
public:
    struct Result
    {
        Alien4CloudError error;
        /// The envelope's data: the archive, when found.
        QJsonValue data;
        bool found = false;

        /// Copies what the reply's accessors show.
        void storeIn(Alien4CloudResult *result) const;
    };

    explicit Alien4CloudCsarExistsInterpreter(const Alien4CloudAnswerErrors &errors);

    Result read(const Alien4CloudResponse &response) const;

private:
    Alien4CloudAnswerErrors m_errors;
};

} // namespace Topologist
