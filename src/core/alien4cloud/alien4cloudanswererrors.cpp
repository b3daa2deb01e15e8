// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudanswererrors.h"

#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4cloudenvelope.h"
#include "alien4cloud/alien4cloudserver.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

// The messages keep the "Alien4Cloud" context the translations were made under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alien4Cloud)
};

using Kind = Alien4CloudError::Kind;

// RestErrorCode values whose answers get a message of their own.
constexpr int MaintenanceCode = 0;
constexpr int CsarParsingErrorCode = 200;
constexpr int CsarInvalidCode = 201;
constexpr int AlreadyExistCode = 502;
constexpr int NotFoundCode = 504;

} // namespace

Alien4CloudAnswerErrors::Alien4CloudAnswerErrors(const Alien4CloudServer &server,
                                                 const QString &what)
    : m_server(server.displayUrl())
    , m_what(what)
{}

QString Alien4CloudAnswerErrors::orNoDetails(const QString &text)
{
    return text.isEmpty() ? Tr::tr("no details given") : text;
}

Alien4CloudError
Alien4CloudAnswerErrors::unexpectedAnswer(const Alien4CloudResponse &response) const
{
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    if (response.status == 503 && envelope.isEnvelope() && envelope.errorCode() == MaintenanceCode)
        return maintenance(response, envelope);
    if (response.status >= 500)
        return serverFailure(response, envelope);
    if (envelope.shape() == Alien4CloudEnvelope::Shape::NotJson)
        return notJson(response, envelope);
    if (envelope.shape() == Alien4CloudEnvelope::Shape::NotEnvelope)
        return notEnvelope(response, envelope);
    if (response.status == 404 || envelope.errorCode() == NotFoundCode)
        return nothingFound(response, envelope);
    if (envelope.hasError())
        return refused(response, envelope);
    return unexplained(response);
}

Alien4CloudError Alien4CloudAnswerErrors::maintenance(const Alien4CloudResponse &response,
                                                      const Alien4CloudEnvelope &envelope) const
{
    return fromEnvelope(Kind::ServerError,
                        Tr::tr("Alien4Cloud at %1 is in "
                               "maintenance mode (HTTP 503). Try "
                               "again later.")
                            .arg(m_server),
                        response,
                        envelope);
}

Alien4CloudError Alien4CloudAnswerErrors::serverFailure(const Alien4CloudResponse &response,
                                                        const Alien4CloudEnvelope &envelope) const
{
    return fromEnvelope(Kind::ServerError,
                        withServerMessage(Tr::tr("Alien4Cloud at %1 failed while %2 "
                                                 "(HTTP %3): %4. Try again later, or "
                                                 "look at the server log."),
                                          response,
                                          envelope),
                        response,
                        envelope);
}

Alien4CloudError Alien4CloudAnswerErrors::notJson(const Alien4CloudResponse &response,
                                                  const Alien4CloudEnvelope &envelope) const
{
    return Alien4CloudError(Kind::MalformedResponse,
                            Tr::tr("Alien4Cloud at %1 answered with "
                                   "something that is not JSON (HTTP "
                                   "%2, %3 bytes) while %4: %5. Check "
                                   "that %1 is the address of an "
                                   "Alien4Cloud server.")
                                .arg(m_server,
                                     QString::number(response.status),
                                     QString::number(response.body.size()),
                                     m_what,
                                     envelope.problem()),
                            response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::notEnvelope(const Alien4CloudResponse &response,
                                                      const Alien4CloudEnvelope &envelope) const
{
    return Alien4CloudError(
        Kind::MalformedResponse,
        Tr::tr("Alien4Cloud at %1 answered with "
               "JSON of an unexpected shape (HTTP "
               "%2) while %3: %4. Check that %1 "
               "is an Alien4Cloud server of a "
               "supported version (1.4 to 3.x).")
            .arg(m_server, QString::number(response.status), m_what, envelope.problem()),
        response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::nothingFound(const Alien4CloudResponse &response,
                                                       const Alien4CloudEnvelope &envelope) const
{
    return fromEnvelope(Kind::NotFound,
                        withServerMessage(Tr::tr("Alien4Cloud at %1 found nothing "
                                                 "while %2 (HTTP %3): %4"),
                                          response,
                                          envelope),
                        response,
                        envelope);
}

Alien4CloudError Alien4CloudAnswerErrors::refused(const Alien4CloudResponse &response,
                                                  const Alien4CloudEnvelope &envelope) const
{
    return fromEnvelope(Kind::Rejected,
                        Tr::tr("Alien4Cloud at %1 refused the "
                               "request while %2 (error %3): %4")
                            .arg(m_server,
                                 m_what,
                                 QString::number(envelope.errorCode()),
                                 orNoDetails(envelope.errorMessage())),
                        response,
                        envelope);
}

Alien4CloudError Alien4CloudAnswerErrors::unexplained(const Alien4CloudResponse &response) const
{
    return Alien4CloudError(Kind::MalformedResponse,
                            Tr::tr("Alien4Cloud at %1 answered HTTP %2 "
                                   "without saying why while %3.")
                                .arg(m_server, QString::number(response.status), m_what),
                            response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::loginRefused(const Alien4CloudResponse &response,
                                                       const QString &userName) const
{
    return Alien4CloudError(Kind::AuthenticationFailed,
                            Tr::tr("Login refused for user '%1' at "
                                   "%2: check user name and "
                                   "password.")
                                .arg(userName, m_server),
                            response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::loginSentElsewhere(const Alien4CloudResponse &response,
                                                             const QString &target) const
{
    return Alien4CloudError(Kind::MalformedResponse,
                            Tr::tr("%1 answered the login by sending "
                                   "it to another server (%2); that "
                                   "is not Alien4Cloud's answer, so "
                                   "the login is not trusted.")
                                .arg(m_server, target),
                            response.status);
}

Alien4CloudError
Alien4CloudAnswerErrors::loginNotRedirected(const Alien4CloudResponse &response) const
{
    return Alien4CloudError(Kind::MalformedResponse,
                            Tr::tr("%1 answered the login with HTTP %2 "
                                   "instead of Alien4Cloud's redirect. "
                                   "Check that %1 is the address of "
                                   "Alien4Cloud itself.")
                                .arg(m_server, QString::number(response.status)),
                            response.status);
}

Alien4CloudError
Alien4CloudAnswerErrors::noHealthEndpoint(const Alien4CloudResponse &response) const
{
    return Alien4CloudError(Kind::NotFound,
                            Tr::tr("%1 has no health endpoint "
                                   "(/rest/admin/health, HTTP "
                                   "404). Check that it is the "
                                   "address of Alien4Cloud.")
                                .arg(m_server),
                            response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::unhealthy(const Alien4CloudResponse &response,
                                                    const QString &healthStatus) const
{
    return Alien4CloudError(Kind::ServerError,
                            Tr::tr("Alien4Cloud at %1 reports that it is "
                                   "not healthy (status %2, HTTP %3). Try "
                                   "again later, or look at the server "
                                   "log.")
                                .arg(m_server, healthStatus, QString::number(response.status)),
                            response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::noVersionJson(const Alien4CloudResponse &response) const
{
    return Alien4CloudError(Kind::NotFound,
                            Tr::tr("%1 publishes no /version.json "
                                   "(HTTP 404). Check that it is "
                                   "the address of Alien4Cloud.")
                                .arg(m_server),
                            response.status);
}

Alien4CloudError
Alien4CloudAnswerErrors::checkNotSupported(const Alien4CloudResponse &response) const
{
    return Alien4CloudError(Kind::NotSupported,
                            Tr::tr("Alien4Cloud at %1 cannot check an "
                                   "archive without importing it (that "
                                   "needs Alien4Cloud 3.0 or later); "
                                   "the check is skipped.")
                                .arg(m_server),
                            response.status);
}

Alien4CloudError
Alien4CloudAnswerErrors::uploadResultMissing(const Alien4CloudResponse &response) const
{
    return Alien4CloudError(Kind::MalformedResponse,
                            Tr::tr("Alien4Cloud at %1 answered "
                                   "with JSON of an unexpected "
                                   "shape (HTTP %2) while %3: "
                                   "no upload result. Check that "
                                   "%1 is an Alien4Cloud server "
                                   "of a supported version (1.4 "
                                   "to 3.x).")
                                .arg(m_server, QString::number(response.status), m_what),
                            response.status);
}

Alien4CloudError Alien4CloudAnswerErrors::csarRejected(const Alien4CloudResponse &response,
                                                       const Alien4CloudEnvelope &envelope,
                                                       const Alien4CloudCsarResult &result,
                                                       const QString &fileName) const
{
    return fromEnvelope(
        Kind::Rejected, csarRejectionMessage(envelope, result, fileName), response, envelope);
}

QString Alien4CloudAnswerErrors::csarRejectionMessage(const Alien4CloudEnvelope &envelope,
                                                      const Alien4CloudCsarResult &result,
                                                      const QString &fileName)
{
    const Alien4CloudParsingError *firstError = result.first(Severity::Error);
    const QString firstText
        = firstError ? firstError->toString() : orNoDetails(envelope.errorMessage());
    const QString errorCount = QString::number(result.count(Severity::Error));
    switch (result.errorCode) {
    case CsarParsingErrorCode:
        // No %n plural: without a translation loaded Qt would print "error(s)".
        return result.checkOnly ? Tr::tr("Alien4Cloud found errors in '%1' "
                                         "(%2). First: %3")
                                      .arg(fileName, errorCount, firstText)
                                : Tr::tr("Alien4Cloud did not import '%1' "
                                         "(errors found: %2). First: %3")
                                      .arg(fileName, errorCount, firstText);
    case CsarInvalidCode: {
        QString reason = orNoDetails(envelope.errorMessage());
        if (firstError)
            reason = firstError->problem.isEmpty() ? firstError->toString() : firstError->problem;
        return Tr::tr("Alien4Cloud cannot read '%1' as a CSAR: %2").arg(fileName, reason);
    }
    case AlreadyExistCode:
        if (result.hasCode(QStringLiteral("CSAR_ALREADY_EXISTS"))) {
            return Tr::tr("Alien4Cloud already has %1 with different "
                          "content, and a released version cannot be "
                          "replaced. Give the archive a new version, or "
                          "use a -SNAPSHOT version while it still "
                          "changes.")
                .arg(result.csarId.isEmpty() ? QLatin1Char('\'') + fileName + QLatin1Char('\'')
                                             : result.csarId);
        }
        Q_FALLTHROUGH();
    default:
        return Tr::tr("Alien4Cloud refused '%1' (error %2): %3")
            .arg(fileName, QString::number(result.errorCode), firstText);
    }
}

Alien4CloudError Alien4CloudAnswerErrors::applicationExists(const Alien4CloudResponse &response,
                                                            const Alien4CloudEnvelope &envelope,
                                                            const QString &name,
                                                            const QString &archiveName) const
{
    return fromEnvelope(Kind::Rejected,
                        Tr::tr("An application named '%1' or with "
                               "the id '%2' already exists on "
                               "Alien4Cloud at %3. Choose another "
                               "name.")
                            .arg(name, archiveName, m_server),
                        response,
                        envelope);
}

Alien4CloudError Alien4CloudAnswerErrors::applicationIdRefused(const Alien4CloudResponse &response,
                                                               const Alien4CloudEnvelope &envelope,
                                                               const QString &archiveName) const
{
    return fromEnvelope(Kind::Rejected,
                        Tr::tr("Alien4Cloud at %1 refused the "
                               "application id '%2' (error 618: "
                               "%3). Use only letters, digits and "
                               "'_'.")
                            .arg(m_server, archiveName, orNoDetails(envelope.errorMessage())),
                        response,
                        envelope);
}

Alien4CloudError Alien4CloudAnswerErrors::templateNotFound(const Alien4CloudResponse &response,
                                                           const Alien4CloudEnvelope &envelope,
                                                           const QString &templateId) const
{
    return fromEnvelope(Kind::NotFound,
                        Tr::tr("The topology template %1 is not in "
                               "the catalog of Alien4Cloud at %2. "
                               "Upload its archive first.")
                            .arg(templateId, m_server),
                        response,
                        envelope);
}

QString Alien4CloudAnswerErrors::applicationOverExistingVersion(const QString &name,
                                                                const QString &archiveName,
                                                                const QString &serverMessage)
{
    return Tr::tr("Application '%1' was created, but "
                  "Alien4Cloud reports that a version "
                  "of its archive '%2' already existed "
                  "(error 615): %3")
        .arg(name, archiveName, orNoDetails(serverMessage));
}

QString Alien4CloudAnswerErrors::withServerMessage(const QString &text,
                                                   const Alien4CloudResponse &response,
                                                   const Alien4CloudEnvelope &envelope) const
{
    return text.arg(
        m_server, m_what, QString::number(response.status), orNoDetails(envelope.errorMessage()));
}

Alien4CloudError Alien4CloudAnswerErrors::fromEnvelope(Alien4CloudError::Kind kind,
                                                       const QString &message,
                                                       const Alien4CloudResponse &response,
                                                       const Alien4CloudEnvelope &envelope)
{
    return Alien4CloudError(
        kind, message, response.status, envelope.errorCode(), envelope.errorMessage());
}

} // namespace Topologist
