// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Topologist::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeHttpConnection::FakeHttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeHttpConnection::closed);
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

FakeHttpConnection::~FakeHttpConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void FakeHttpConnection::stall()
{
    m_stalled = true;
    // A small read buffer that is never drained: the kernel's buffers fill and the client's
    // upload stops making progress, as against a server that hangs.
    m_socket->setReadBufferSize(16 * 1024);
}

void FakeHttpConnection::dropAfterBodyBytes(qint64 bytes)
{
    m_dropAfter = bytes;
    if (m_bodyBytes >= m_dropAfter)
        m_socket->abort();
}

void FakeHttpConnection::readAvailable()
{
    if (m_stalled)
        return;
    m_buffer += m_socket->readAll();
    for (;;) {
        if (m_stalled || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (m_state == State::Head && !parseHead())
            return;
        if (m_state == State::Body && !parseBody())
            return;
        if (m_state == State::Answering)
            return;
    }
}

bool FakeHttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);

    m_request = FakeHttpRequest();
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    m_request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        m_request.query = target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            m_request.headers.insert(line.left(colon).trimmed().toLower(),
                                     line.mid(colon + 1).trimmed());
    }
    m_request.chunked = m_request.header("transfer-encoding").toLower().contains("chunked");
    m_remaining = m_request.chunked ? 0 : m_request.header("content-length").toLongLong();
    m_bodyBytes = 0;
    m_dropAfter = -1;
    m_state = State::Body;
    emit headersReceived(this, m_request);
    return true;
}

void FakeHttpConnection::countBodyBytes(qint64 bytes)
{
    m_bodyBytes += bytes;
    if (m_dropAfter >= 0 && m_bodyBytes >= m_dropAfter)
        m_socket->abort();
}

bool FakeHttpConnection::parseBody()
{
    if (m_stalled)
        return false;
    if (!m_request.chunked) {
        const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
        m_request.body += m_buffer.left(take);
        m_buffer.remove(0, take);
        m_remaining -= take;
        countBodyBytes(take);
        if (m_remaining > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
    } else {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size
                = m_buffer.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                respond(400, {}, "bad chunk size");
                return false;
            }
            if (size == 0) {
                // Last chunk: skip optional trailers up to the empty line.
                const qsizetype end = m_buffer.indexOf("\r\n\r\n", lineEnd);
                if (end < 0)
                    return false;
                m_buffer.remove(0, end + 4);
                break;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            m_request.body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            countBodyBytes(size);
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return false;
        }
    }
    m_state = State::Answering;
    m_closeAfterAnswer = !m_request.keepAlive();
    emit requestReceived(this, m_request);
    return true;
}

void FakeHttpConnection::streamEndlessly(const QByteArray &chunk, int intervalMs, qint64 limitBytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    "Connection: close\r\n\r\n");
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, chunk, limitBytes] {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        // Only as fast as the client reads: the test process must not buffer the flood itself.
        if (m_socket->bytesToWrite() > 4 * chunk.size())
            return;
        m_socket->write(chunk);
        m_streamed += chunk.size();
        emit streamed(chunk.size());
        if (m_streamed >= limitBytes) {
            timer->stop();
            m_socket->disconnectFromHost();
        }
    });
    timer->start(intervalMs);
}

void FakeHttpConnection::respond(int status, const Headers &headers, const QByteArray &body)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += m_closeAfterAnswer ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head + body);
    if (m_closeAfterAnswer) {
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Head;
    m_request = FakeHttpRequest();
    // A pipelined request may already be buffered; read it once this answer is out.
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FakeHttpConnection::readAvailable, Qt::QueuedConnection);
}

} // namespace Topologist::Test
