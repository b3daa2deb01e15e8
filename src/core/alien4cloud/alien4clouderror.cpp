// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4clouderror.h"

namespace Topologist {

Alien4CloudError::Alien4CloudError(Kind kind,
                                   const QString &message,
                                   int httpStatus,
                                   int alien4cloudCode,
                                   const QString &serverMessage,
                                   const QString &detail)
    : m_kind(kind)
    , m_message(message)
    , m_httpStatus(httpStatus)
    , m_alien4cloudCode(alien4cloudCode)
    , m_serverMessage(serverMessage)
    , m_detail(detail)
{}

QString Alien4CloudError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case Kind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case Kind::HostNotFound:
        return QStringLiteral("HostNotFound");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::TlsFailure:
        return QStringLiteral("TlsFailure");
    case Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case Kind::NetworkError:
        return QStringLiteral("NetworkError");
    case Kind::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case Kind::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::MalformedResponse:
        return QStringLiteral("MalformedResponse");
    case Kind::Rejected:
        return QStringLiteral("Rejected");
    case Kind::NotSupported:
        return QStringLiteral("NotSupported");
    case Kind::Canceled:
        return QStringLiteral("Canceled");
    }
    return QString();
}

} // namespace Topologist
