// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudserver.h"

namespace Topologist {

/// Reads the outcome of A4C's form login (POST /login), which is a redirect: to
/// /authenticationfailed, to /rest/auth/status, or (Spring's saved request) elsewhere, which
/// the probe GET /rest/latest/auth/status settles.
class Alien4CloudLoginInterpreter
{
public:
    enum class Outcome {
        Accepted,
        /// The password was refused, or the answer is not to be trusted: the password and the
        /// session are to be forgotten.
        Refused,
        /// The redirect does not tell: ask /rest/latest/auth/status.
        NeedsProbe,
        /// An answer that is no login outcome (server failure, another application).
        Failed,
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        /// Set for Refused and Failed.
        Alien4CloudError error;
    };

    Alien4CloudLoginInterpreter(const Alien4CloudServer &server,
                                const Alien4CloudAnswerErrors &errors);

    /// The answer to POST /login.
    Result readLogin(const Alien4CloudResponse &response) const;
    /// The answer to the probe of /rest/latest/auth/status.
    Result readProbe(const Alien4CloudResponse &response) const;

private:
    Result readRedirect(const Alien4CloudResponse &response) const;
    Result accepted() const;
    Result refused(const Alien4CloudResponse &response) const;
    static Result failed(Outcome outcome, const Alien4CloudError &error);

    Alien4CloudServer m_server;
    Alien4CloudAnswerErrors m_errors;
};

} // namespace Topologist
