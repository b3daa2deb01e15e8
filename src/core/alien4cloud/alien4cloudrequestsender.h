// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudexchange.h"
#include "alien4cloud/alien4cloudserver.h"
#include "alien4cloud/alien4cloudtrustedcertificates.h"

#include <QByteArray>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Topologist {

class Alien4CloudErrors;

/// Turns an Alien4CloudExchange into an HTTP request to one server and sends it: the URL under
/// the profile's base, A4C's headers, the session cookie, redirects left to the caller, the
/// profile's certificate trusted for this server only, and an upload as the multipart form
/// A4C expects. It refuses, before sending anything, what must not go out: an unusable profile,
/// a password over plain http without the user's consent, an unusable certificate file, an
/// unreadable archive.
class Alien4CloudRequestSender
{
public:
    Alien4CloudRequestSender(const Alien4CloudServer &server, QNetworkAccessManager *network);

    /// The name of A4C's session cookie.
    static QByteArray sessionCookie();

    /// Sends `exchange`, with the session cookie `sessionId` unless that is empty.
    /// `sendsPassword`: the body holds the user's password. Null, with `error` set from
    /// `errors`, when it was refused.
    QNetworkReply *send(const Alien4CloudExchange &exchange,
                        const QString &sessionId,
                        bool sendsPassword,
                        const Alien4CloudErrors &errors,
                        Alien4CloudError *error);

private:
    bool prepare(const Alien4CloudExchange &exchange,
                 const QString &sessionId,
                 bool sendsPassword,
                 const Alien4CloudErrors &errors,
                 QNetworkRequest *request,
                 Alien4CloudError *error);
    QNetworkReply *post(const Alien4CloudExchange &exchange,
                        const QNetworkRequest &request,
                        const Alien4CloudErrors &errors,
                        Alien4CloudError *error);

    Alien4CloudServer m_server;
    QNetworkAccessManager *m_network;
    Alien4CloudTrustedCertificates m_certificates;
};

} // namespace Topologist
