// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4clouderrors.h"

#include "alien4cloud/alien4cloudserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkReply>

namespace Topologist {

namespace {

// The messages keep the "Alien4Cloud" context the translations were made under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alien4Cloud)
};

using Kind = Alien4CloudError::Kind;
using Operation = Alien4CloudReply::Operation;

// The RestErrorCode of "logged in, but without the role".
constexpr int UnauthorizedCode = 102;

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

Alien4CloudError invalidRequest(const QString &message)
{
    return Alien4CloudError(Kind::InvalidRequest, message);
}

} // namespace

Alien4CloudErrors::Alien4CloudErrors(const Alien4CloudServer &server, const QString &what)
    : m_server(server.displayUrl())
    , m_host(server.baseUrl.host())
    , m_userName(server.userName)
    , m_what(what)
{}

Alien4CloudError Alien4CloudErrors::invalidProfile(const QString &problem) const
{
    return invalidRequest(problem);
}

Alien4CloudError Alien4CloudErrors::noUserName() const
{
    return invalidRequest(Tr::tr("The server profile for %1 has "
                                 "no user name; add one to log "
                                 "in.")
                              .arg(m_server));
}

Alien4CloudError Alien4CloudErrors::insecureLogin() const
{
    return invalidRequest(Tr::tr("Not sending the password of '%1' to %2: over plain "
                                 "http:// anyone on the network could read it. Use the "
                                 "server's https:// address, or allow plain http "
                                 "explicitly if you accept that risk.")
                              .arg(m_userName, m_server));
}

Alien4CloudError Alien4CloudErrors::archiveMissing(const QString &filePath) const
{
    return invalidRequest(Tr::tr("Cannot read the archive "
                                 "'%1': no such readable "
                                 "file.")
                              .arg(QDir::toNativeSeparators(filePath)));
}

Alien4CloudError Alien4CloudErrors::archiveUnreadable(const QString &filePath,
                                                      const QString &reason) const
{
    return invalidRequest(Tr::tr("Cannot read the "
                                 "archive '%1': %2.")
                              .arg(QDir::toNativeSeparators(filePath), reason));
}

Alien4CloudError Alien4CloudErrors::checkNeedsVersion3(const QString &knownVersion) const
{
    return Alien4CloudError(Kind::NotSupported,
                            Tr::tr("Alien4Cloud %1 at %2 cannot "
                                   "check an archive without "
                                   "importing it (that needs "
                                   "Alien4Cloud 3.0 or later); "
                                   "the check is skipped.")
                                .arg(knownVersion, m_server));
}

Alien4CloudError Alien4CloudErrors::invalidApplicationName(const QString &name) const
{
    return invalidRequest(Tr::tr("The application name '%1' is not valid for "
                                 "Alien4Cloud: it must not be empty nor contain "
                                 "'/' or '\\'.")
                              .arg(name));
}

Alien4CloudError Alien4CloudErrors::invalidApplicationId(const QString &archiveName) const
{
    return invalidRequest(Tr::tr("The application id '%1' is not valid for "
                                 "Alien4Cloud: use only letters, digits and '_' "
                                 "(no spaces, dashes or dots).")
                              .arg(archiveName));
}

Alien4CloudError Alien4CloudErrors::noTopologyTemplate(const QString &applicationName) const
{
    return invalidRequest(Tr::tr("No topology template was given for application "
                                 "'%1'.")
                              .arg(applicationName));
}

Alien4CloudError Alien4CloudErrors::certificateUnusable(const QString &certificatePath,
                                                        const QString &problem) const
{
    return Alien4CloudError(Kind::TlsFailure,
                            Tr::tr("Cannot use the certificate file '%1' of the "
                                   "server profile for %2: %3. Choose the PEM "
                                   "file of the server's certificate.")
                                .arg(QDir::toNativeSeparators(certificatePath), m_server, problem));
}

QString Alien4CloudErrors::noPemCertificate()
{
    return Tr::tr("it holds no PEM certificate");
}

Alien4CloudError Alien4CloudErrors::canceled() const
{
    return Alien4CloudError(Kind::Canceled,
                            Tr::tr("The request to Alien4Cloud at %1 was "
                                   "canceled while %2.")
                                .arg(m_server, m_what));
}

Alien4CloudError
Alien4CloudErrors::answerTooLarge(qint64 maxBytes, const QString &path, int status) const
{
    return Alien4CloudError(Kind::MalformedResponse,
                            Tr::tr("Alien4Cloud at %1 sent more than %2 "
                                   "bytes for %3 while %4; the answer "
                                   "was cut off. Check that %1 is the "
                                   "address of Alien4Cloud.")
                                .arg(m_server, QString::number(maxBytes), path, m_what),
                            status);
}

Alien4CloudError Alien4CloudErrors::deadlineReached(int milliseconds,
                                                    const QString &path,
                                                    const QString &detail) const
{
    return transportError(Kind::Timeout,
                          Tr::tr("Alien4Cloud at %1 took more than %2 "
                                 "s in total for %3 while %4, though "
                                 "it kept the connection busy; the "
                                 "request was given up.")
                              .arg(m_server, seconds(milliseconds), path, m_what),
                          detail);
}

Alien4CloudError Alien4CloudErrors::silenceTimeout(int milliseconds, const QString &detail) const
{
    return transportError(Kind::Timeout,
                          Tr::tr("Alien4Cloud at %1 did not answer "
                                 "within %2 s while %3. The server "
                                 "may be overloaded or unreachable; "
                                 "try again, or raise the timeout in "
                                 "the server profile.")
                              .arg(m_server, seconds(milliseconds), m_what),
                          detail);
}

Alien4CloudError Alien4CloudErrors::networkFailure(const Alien4CloudResponse &response,
                                                   const QStringList &tlsErrors,
                                                   bool upload) const
{
    const QString detail = response.networkErrorText;
    switch (static_cast<QNetworkReply::NetworkError>(response.networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return connectionRefused(detail);
    case QNetworkReply::HostNotFoundError:
        return hostNotFound(m_host, detail);
    case QNetworkReply::TimeoutError:
        return networkTimeout(detail);
    case QNetworkReply::SslHandshakeFailedError:
        return tlsErrors.isEmpty() ? handshakeFailed(detail)
                                   : untrustedCertificate(tlsErrors, detail);
    case QNetworkReply::UnknownNetworkError:
        // A server that resets the connection while the body is being written (a size limit, a
        // crash) reaches Qt as a failed write, which it reports as an unknown error about half
        // of the time instead of RemoteHostClosedError.
        return upload ? connectionLost(detail) : cannotTalk(detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return connectionLost(detail);
    default:
        return cannotTalk(detail);
    }
}

Alien4CloudError Alien4CloudErrors::connectionRefused(const QString &detail) const
{
    return transportError(Kind::ConnectionRefused,
                          Tr::tr("Cannot reach Alien4Cloud at %1: "
                                 "connection refused. Is the server "
                                 "running, and is the port right?")
                              .arg(m_server),
                          detail);
}

Alien4CloudError Alien4CloudErrors::hostNotFound(const QString &host, const QString &detail) const
{
    return transportError(Kind::HostNotFound,
                          Tr::tr("Cannot reach Alien4Cloud at %1: "
                                 "the host '%2' is unknown. Check "
                                 "the address in the server "
                                 "profile.")
                              .arg(m_server, host),
                          detail);
}

Alien4CloudError Alien4CloudErrors::networkTimeout(const QString &detail) const
{
    return transportError(Kind::Timeout,
                          Tr::tr("Alien4Cloud at %1 did not answer "
                                 "in time while %2. The server may "
                                 "be overloaded or unreachable; try "
                                 "again.")
                              .arg(m_server, m_what),
                          detail);
}

Alien4CloudError Alien4CloudErrors::untrustedCertificate(const QStringList &tlsErrors,
                                                         const QString &detail) const
{
    return transportError(Kind::TlsFailure,
                          Tr::tr("The certificate of %1 is not "
                                 "trusted: %2. Add the server's "
                                 "certificate in the server "
                                 "profile if it is self-signed.")
                              .arg(m_server, tlsErrors.join(QStringLiteral("; "))),
                          detail);
}

Alien4CloudError Alien4CloudErrors::handshakeFailed(const QString &detail) const
{
    return transportError(Kind::TlsFailure,
                          Tr::tr("The secure connection to %1 "
                                 "failed: %2. Check that the server "
                                 "speaks HTTPS on this port.")
                              .arg(m_server, detail),
                          detail);
}

Alien4CloudError Alien4CloudErrors::connectionLost(const QString &detail) const
{
    return transportError(Kind::ConnectionLost,
                          Tr::tr("Alien4Cloud at %1 closed the "
                                 "connection while %2, before "
                                 "answering. The server may have "
                                 "stopped or refused the request "
                                 "(an archive over its size limit, "
                                 "for example); check its log.")
                              .arg(m_server, m_what),
                          detail);
}

Alien4CloudError Alien4CloudErrors::cannotTalk(const QString &detail) const
{
    return transportError(Kind::NetworkError,
                          Tr::tr("Cannot talk to Alien4Cloud at %1 "
                                 "while %2: %3.")
                              .arg(m_server, m_what, detail),
                          detail);
}

Alien4CloudError Alien4CloudErrors::accessDenied(Alien4CloudReply::Operation operation,
                                                 const Alien4CloudResponse &response,
                                                 int code,
                                                 const QString &serverMessage,
                                                 bool relogged) const
{
    const QString status = QString::number(response.status);
    QString message;
    if (code == UnauthorizedCode) {
        message = missingRole(operation);
    } else if (relogged) {
        message = Tr::tr("Alien4Cloud at %1 refused the request while %2 "
                         "even after logging in again as '%3' (HTTP %4). "
                         "Log in again; if this goes on, check the "
                         "server's session settings.")
                      .arg(m_server, m_what, m_userName, status);
    } else {
        message = Tr::tr("Alien4Cloud at %1 requires a login for %2 (HTTP "
                         "%3). Log in first.")
                      .arg(m_server, m_what, status);
    }
    return Alien4CloudError(Kind::AccessDenied, message, response.status, code, serverMessage);
}

QString Alien4CloudErrors::missingRole(Alien4CloudReply::Operation operation) const
{
    QString role;
    if (operation == Operation::UploadCsar || operation == Operation::CheckCsar)
        role = QStringLiteral("ARCHITECT / COMPONENTS_MANAGER");
    else if (operation == Operation::CreateApplication)
        role = QStringLiteral("APPLICATIONS_MANAGER");
    if (role.isEmpty()) {
        return Tr::tr("User '%1' is not allowed to do this on "
                      "Alien4Cloud at %2 (while %3, error 102). "
                      "Ask an Alien4Cloud administrator for the "
                      "needed role.")
            .arg(m_userName, m_server, m_what);
    }
    return Tr::tr("User '%1' is not allowed to do this on "
                  "Alien4Cloud at %2 (while %3, error 102). "
                  "Ask an Alien4Cloud administrator for the "
                  "role %4.")
        .arg(m_userName, m_server, m_what, role);
}

Alien4CloudError Alien4CloudErrors::transportError(Alien4CloudError::Kind kind,
                                                   const QString &message,
                                                   const QString &detail) const
{
    return Alien4CloudError(kind, message, 0, Alien4CloudError::NoCode, QString(), detail);
}

} // namespace Topologist
