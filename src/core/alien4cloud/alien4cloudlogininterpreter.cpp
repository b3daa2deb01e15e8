// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudlogininterpreter.h"

#include "alien4cloud/alien4cloudenvelope.h"

#include <QJsonObject>

namespace Topologist {

Alien4CloudLoginInterpreter::Alien4CloudLoginInterpreter(const Alien4CloudServer &server,
                                                         const Alien4CloudAnswerErrors &errors)
    : m_server(server)
    , m_errors(errors)
{}

Alien4CloudLoginInterpreter::Result
Alien4CloudLoginInterpreter::readLogin(const Alien4CloudResponse &response) const
{
    if (response.isRedirect())
        return readRedirect(response);
    if (response.status == 401)
        return refused(response);
    if (response.status >= 500)
        return failed(Outcome::Failed, m_errors.unexpectedAnswer(response));
    return failed(Outcome::Failed, m_errors.loginNotRedirected(response));
}

Alien4CloudLoginInterpreter::Result
Alien4CloudLoginInterpreter::readProbe(const Alien4CloudResponse &response) const
{
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    if (!envelope.isEnvelope() || !response.isSuccess())
        return failed(Outcome::Failed, m_errors.unexpectedAnswer(response));
    const bool logged = envelope.data().toObject().value(QLatin1String("isLogged")).toBool();
    return logged ? accepted() : refused(response);
}

Alien4CloudLoginInterpreter::Result
Alien4CloudLoginInterpreter::readRedirect(const Alien4CloudResponse &response) const
{
    // Older A4C sends a relative Location; it is relative to the login's own address.
    const QUrl target = m_server.endpoint(QStringLiteral("/login")).resolved(response.location);
    if (!m_server.isSameOrigin(target)) {
        return failed(
            Outcome::Refused,
            m_errors.loginSentElsewhere(
                response, target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    const QString path = target.path();
    if (path.endsWith(QLatin1String("/authenticationfailed")))
        return refused(response);
    if (path.endsWith(QLatin1String("/rest/auth/status")))
        return accepted();
    // A successful login always gets a new session id (session fixation protection); without
    // one, an older session must not be mistaken for this login's.
    if (!response.newSession)
        return refused(response);
    // Spring's SavedRequestAwareAuthenticationSuccessHandler may send a successful login
    // elsewhere: ask A4C who this session belongs to instead of guessing.
    Result result;
    result.outcome = Outcome::NeedsProbe;
    return result;
}

Alien4CloudLoginInterpreter::Result Alien4CloudLoginInterpreter::accepted() const
{
    Result result;
    result.outcome = Outcome::Accepted;
    return result;
}

Alien4CloudLoginInterpreter::Result
Alien4CloudLoginInterpreter::refused(const Alien4CloudResponse &response) const
{
    return failed(Outcome::Refused, m_errors.loginRefused(response, m_server.userName));
}

Alien4CloudLoginInterpreter::Result
Alien4CloudLoginInterpreter::failed(Outcome outcome, const Alien4CloudError &error)
{
    Result result;
    result.outcome = outcome;
    result.error = error;
    return result;
}

} // namespace Topologist
