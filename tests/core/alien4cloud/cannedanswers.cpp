// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedanswers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Topologist::Test {

Alien4CloudServer cannedServer()
{
    Alien4CloudServer server;
    server.baseUrl = QUrl(QStringLiteral("https://a4c.example:8088"));
    server.userName = QStringLiteral("alice");
    return server;
}

Alien4CloudAnswerErrors cannedErrors(const QString &what)
{
    return Alien4CloudAnswerErrors(cannedServer(), what);
}

Alien4CloudResponse canned(int status, const QByteArray &body)
{
    Alien4CloudResponse response;
    response.status = status;
    response.body = body;
    return response;
}

QByteArray envelopeError(int code, const QString &message)
{
    QJsonObject error;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    QJsonObject envelope;
    envelope.insert(QStringLiteral("data"), QJsonValue::Null);
    envelope.insert(QStringLiteral("error"), error);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

QByteArray envelopeData(const QByteArray &dataJson)
{
    return "{\"data\":" + dataJson + ",\"error\":null}";
}

} // namespace Topologist::Test
