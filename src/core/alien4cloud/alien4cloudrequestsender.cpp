// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudrequestsender.h"

#include "alien4cloud/alien4clouderrors.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace Topologist {

namespace {

QByteArray headerSafeFileName(QString fileName)
{
    for (QChar &c : fileName) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')
            || c == QLatin1Char('\\'))
            c = QLatin1Char('_');
    }
    return fileName.toUtf8();
}

} // namespace

Alien4CloudRequestSender::Alien4CloudRequestSender(const Alien4CloudServer &server,
                                                   QNetworkAccessManager *network)
    : m_server(server)
    , m_network(network)
    , m_certificates(server.trustedCertificatePath)
{}

QByteArray Alien4CloudRequestSender::sessionCookie()
{
    return QByteArrayLiteral("JSESSIONID");
}

QNetworkReply *Alien4CloudRequestSender::send(const Alien4CloudExchange &exchange,
                                              const QString &sessionId,
                                              bool sendsPassword,
                                              const Alien4CloudErrors &errors,
                                              Alien4CloudError *error)
{
    QNetworkRequest request;
    if (!prepare(exchange, sessionId, sendsPassword, errors, &request, error))
        return nullptr;
    return post(exchange, request, errors, error);
}

bool Alien4CloudRequestSender::prepare(const Alien4CloudExchange &exchange,
                                       const QString &sessionId,
                                       bool sendsPassword,
                                       const Alien4CloudErrors &errors,
                                       QNetworkRequest *request,
                                       Alien4CloudError *error)
{
    const QString problem = m_server.problem();
    if (!problem.isEmpty()) {
        *error = errors.invalidProfile(problem);
        return false;
    }
    if (sendsPassword && !m_server.isHttps() && !m_server.allowInsecureHttp) {
        *error = errors.insecureLogin();
        return false;
    }
    request->setUrl(m_server.endpoint(exchange.path));
    request->setHeader(QNetworkRequest::UserAgentHeader,
                       QStringLiteral("Topologist/" TOPOLOGIST_VERSION));
    request->setRawHeader("Accept", "application/json");
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);
    // The session is managed here, per server, rather than in a jar shared by everything.
    request->setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request->setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request->setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!exchange.contentType.isEmpty())
        request->setHeader(QNetworkRequest::ContentTypeHeader, exchange.contentType);
    if (!sessionId.isEmpty())
        request->setRawHeader("Cookie", sessionCookie() + '=' + sessionId.toLatin1());

    if (m_server.isHttps()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        const QString certificateProblem = m_certificates.problem();
        if (!certificateProblem.isEmpty()) {
            *error = errors.certificateUnusable(m_certificates.path(), certificateProblem);
            return false;
        }
        // Trusted as an extra authority for this server's requests only; verification itself
        // stays on (no ignoreSslErrors anywhere).
        ssl.addCaCertificates(m_certificates.certificates());
        request->setSslConfiguration(ssl);
    }
    return true;
}

QNetworkReply *Alien4CloudRequestSender::post(const Alien4CloudExchange &exchange,
                                              const QNetworkRequest &request,
                                              const Alien4CloudErrors &errors,
                                              Alien4CloudError *error)
{
    if (!exchange.upload) {
        return exchange.method == "GET"
                   ? m_network->get(request)
                   : m_network->sendCustomRequest(request, exchange.method, exchange.body);
    }
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    // A4C 1.4 and 2.x bind @RequestParam("file"); 3.x takes any file part.
    part.setRawHeader("Content-Disposition",
                      "form-data; name=\"file\"; filename=\""
                          + headerSafeFileName(exchange.uploadFileName) + '"');
    part.setRawHeader("Content-Type", "application/zip");
    if (!exchange.uploadFilePath.isEmpty()) {
        auto *file = new QFile(exchange.uploadFilePath, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = errors.archiveUnreadable(exchange.uploadFilePath, file->errorString());
            delete multipart;
            return nullptr;
        }
        part.setBodyDevice(file);
    } else {
        part.setBody(exchange.body);
    }
    multipart->append(part);
    QNetworkReply *network = m_network->post(request, multipart);
    multipart->setParent(network);
    return network;
}

} // namespace Topologist
