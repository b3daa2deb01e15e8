// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttprequest.h"

#include <QUrl>

namespace Topologist::Test {

namespace {

QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QUrl::fromPercentEncoding(text);
}

/// The value of `key="..."` or `key=...` in a header such as Content-Disposition.
QByteArray headerParameter(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> pieces = header.split(';');
    for (const QByteArray &piece : pieces) {
        const QByteArray trimmed = piece.trimmed();
        if (!trimmed.toLower().startsWith(QByteArray(key + '=')))
            continue;
        QByteArray value = trimmed.mid(key.size() + 1);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return QByteArray();
}

} // namespace

QByteArray FakeHttpRequest::cookie(const QByteArray &name) const
{
    const QList<QByteArray> pairs = header("cookie").split(';');
    for (const QByteArray &pair : pairs) {
        const int equals = pair.indexOf('=');
        if (equals > 0 && pair.left(equals).trimmed() == name)
            return pair.mid(equals + 1).trimmed();
    }
    return QByteArray();
}

QMap<QString, QString> FakeHttpRequest::formFields() const
{
    QMap<QString, QString> fields;
    const QByteArray source = body.isEmpty() ? query : body;
    const QList<QByteArray> pairs = source.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        if (equals < 0)
            fields.insert(formDecode(pair), QString());
        else
            fields.insert(formDecode(pair.left(equals)), formDecode(pair.mid(equals + 1)));
    }
    return fields;
}

QList<FakeHttpRequest::Part> FakeHttpRequest::multipartParts() const
{
    QList<Part> parts;
    const QByteArray contentType = header("content-type");
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return parts;
    const QByteArray boundary = "--" + headerParameter(contentType, "boundary");
    if (boundary.size() <= 2)
        return parts;

    qsizetype position = body.indexOf(boundary);
    while (position >= 0) {
        position += boundary.size();
        if (body.mid(position, 2) == "--")
            break;     // closing delimiter
        position += 2; // CRLF after the delimiter
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        if (headersEnd < 0)
            break;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + boundary), headersEnd + 4);
        if (next < 0)
            break;
        Part part;
        const QList<QByteArray> lines = body.mid(position, headersEnd - position).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = headerParameter(value, "name");
                part.fileName = QString::fromUtf8(headerParameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        part.content = body.mid(headersEnd + 4, next - (headersEnd + 4));
        parts.append(part);
        position = next + 2;
    }
    return parts;
}

bool FakeHttpRequest::keepAlive() const
{
    return header("connection").toLower() != "close";
}

} // namespace Topologist::Test
