// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// Why an Alien4Cloud operation failed: a kind that callers branch on (retry, ask for the
/// password again, show the parse errors, ...), the HTTP status and A4C error code when there
/// was an answer, and a sentence for the user that names the server and says what to do.
class Alien4CloudError
{
public:
    enum class Kind {
        None,
        /// The profile or the arguments are unusable; nothing was sent.
        InvalidRequest,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        /// Certificate not trusted, handshake failed, or the profile's certificate unreadable.
        TlsFailure,
        /// The server closed the connection before answering (crash, size limit, proxy).
        ConnectionLost,
        /// Any other transport failure.
        NetworkError,
        /// Wrong user name or password.
        AuthenticationFailed,
        /// 403: no right to do this, or the session stayed refused after one re-login.
        AccessDenied,
        /// 404 / error 504 where the operation needed the thing to exist.
        NotFound,
        /// HTTP 5xx, including maintenance mode (503, code 0).
        ServerError,
        /// Not JSON, truncated JSON, or JSON that is not A4C's {"data","error"} envelope.
        MalformedResponse,
        /// A4C understood the request and said no: the envelope's error code says why.
        Rejected,
        /// The server's A4C version lacks the endpoint (e.g. /csars/check before 3.0).
        NotSupported,
        Canceled,
    };

    /// alien4cloudCode() when the answer carried no A4C error code.
    static constexpr int NoCode = -1;

    Alien4CloudError() = default;
    Alien4CloudError(Kind kind,
                     const QString &message,
                     int httpStatus = 0,
                     int alien4cloudCode = NoCode,
                     const QString &serverMessage = QString(),
                     const QString &detail = QString());

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// The user-facing sentence (translated).
    QString message() const { return m_message; }
    /// 0 when no HTTP answer was received.
    int httpStatus() const { return m_httpStatus; }
    /// The `error.code` of A4C's envelope (RestErrorCode), or NoCode.
    int alien4cloudCode() const { return m_alien4cloudCode; }
    /// The `error.message` of A4C's envelope, as the server wrote it (may be empty).
    QString serverMessage() const { return m_serverMessage; }
    /// Technical detail for logs and bug reports (Qt's error text, TLS errors, ...).
    QString detail() const { return m_detail; }

    /// Stable English name of a kind ("ConnectionRefused"), for logs and tests.
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    int m_alien4cloudCode = NoCode;
    QString m_serverMessage;
    QString m_detail;
};

} // namespace Topologist
