// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Topologist::Test {

/// One HTTP/1.1 request as the fake servers received it, with the decoders they need: cookies,
/// url-encoded forms and multipart/form-data parts.
struct FakeHttpRequest
{
    struct Part
    {
        QByteArray name;
        QString fileName;
        QByteArray contentType;
        QByteArray content;
    };

    QByteArray method;
    /// Percent-decoded path, without the query.
    QString path;
    QByteArray query;
    /// Header names in lower case.
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    /// The body came with Transfer-Encoding: chunked.
    bool chunked = false;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray cookie(const QByteArray &name) const;
    /// The url-encoded form of the body (or of the query when the body is empty).
    QMap<QString, QString> formFields() const;
    QList<Part> multipartParts() const;
    /// HTTP/1.1 keeps the connection unless the client says "Connection: close".
    bool keepAlive() const;
};

} // namespace Topologist::Test
