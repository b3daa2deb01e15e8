// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Topologist {

/// One HTTP exchange with Alien4Cloud as it can be (re)sent: after a re-login the same exchange
/// is replayed.
struct Alien4CloudExchange
{
    QByteArray method;
    /// Relative to the base URL, percent-encoded.
    QString path;
    QByteArray body;
    QByteArray contentType;
    /// The body is the multipart form holding the CSAR in the part named `file`, read from
    /// uploadFilePath while sending, or else taken from body.
    bool upload = false;
    QString uploadFilePath;
    QString uploadFileName;
    /// Sent with the session cookie; a 403 on it may be cured by logging in again.
    bool needsSession = true;
};

} // namespace Topologist
