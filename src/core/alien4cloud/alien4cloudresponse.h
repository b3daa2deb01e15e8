// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Topologist {

/// One HTTP answer of Alien4Cloud as the session received it, or the transport failure that
/// stood in for it: what the interpreters and error messages read, without the network objects.
struct Alien4CloudResponse
{
    /// 0 when no HTTP answer came.
    int status = 0;
    QByteArray body;
    /// The raw Location header, possibly relative.
    QUrl location;
    /// The answer set a JSESSIONID other than the one held before.
    bool newSession = false;
    /// QNetworkReply::NetworkError, kept as int so this stays free of QtNetwork.
    int networkError = 0;
    QString networkErrorText;

    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isRedirect() const
    {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
};

} // namespace Topologist
