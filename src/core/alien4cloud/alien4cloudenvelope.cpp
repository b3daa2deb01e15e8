// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudenvelope.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Topologist {

namespace {

/// The first bytes of a body, printable, so the user can recognise an HTML error page or a
/// proxy's answer.
QString excerpt(const QByteArray &body)
{
    constexpr int maximum = 60;
    QString text = QString::fromUtf8(body.left(maximum)).simplified();
    if (body.size() > maximum)
        text += QStringLiteral("…");
    return text;
}

} // namespace

Alien4CloudEnvelope Alien4CloudEnvelope::parse(const QByteArray &body)
{
    Alien4CloudEnvelope envelope;
    if (body.trimmed().isEmpty()) {
        envelope.m_problem = QCoreApplication::translate("Alien4Cloud", "the body is empty");
        return envelope;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        envelope.m_problem
            = QCoreApplication::translate("Alien4Cloud", "%1 at byte %2; it starts with “%3”")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
                  .arg(excerpt(body));
        return envelope;
    }
    envelope.m_shape = Shape::NotEnvelope;
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!document.isObject() || !object.contains(QLatin1String("data"))
        || !object.contains(QLatin1String("error")) || !(error.isNull() || error.isObject())) {
        envelope.m_problem = QCoreApplication::translate("Alien4Cloud",
                                                         "expected {\"data\": …, \"error\": …}, "
                                                         "got “%1”")
                                 .arg(excerpt(body));
        return envelope;
    }
    envelope.m_shape = Shape::Envelope;
    envelope.m_data = object.value(QLatin1String("data"));
    if (error.isObject()) {
        const QJsonObject errorObject = error.toObject();
        envelope.m_hasError = true;
        envelope.m_errorCode = errorObject.value(QLatin1String("code")).toInt(-1);
        envelope.m_errorMessage = errorObject.value(QLatin1String("message")).toString();
    }
    return envelope;
}

} // namespace Topologist
