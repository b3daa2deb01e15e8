// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttprequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

class QTcpSocket;

namespace Topologist::Test {

/// One client connection of a fake HTTP server: reads HTTP/1.1 requests (Content-Length or
/// chunked bodies, several requests per connection) and writes the answers it is given. It
/// can misbehave on purpose: stop reading and never answer, or drop the connection once part
/// of a body arrived.
///
/// Signals: headersReceived() as soon as a request's head is read (the body may still be on
/// its way), requestReceived() when the whole request is in; closed() when the socket is gone.
class FakeHttpConnection : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Takes ownership of `socket`.
    FakeHttpConnection(QTcpSocket *socket, QObject *parent);
    ~FakeHttpConnection() override;

    void respond(int status, const Headers &headers, const QByteArray &body);
    /// Stops reading (so the client's upload backs up) and never answers.
    void stall();
    /// Drops the connection once that many body bytes of the current request arrived.
    void dropAfterBodyBytes(qint64 bytes);
    /// Answers 200 with a body that has no announced end: @p chunk every @p intervalMs, as fast
    /// as the client takes it, until @p limitBytes were sent; then closes the connection. The
    /// limit keeps a test bounded when the client never hangs up.
    void streamEndlessly(const QByteArray &chunk, int intervalMs, qint64 limitBytes);

signals:
    void headersReceived(Topologist::Test::FakeHttpConnection *connection,
                         const Topologist::Test::FakeHttpRequest &request);
    void requestReceived(Topologist::Test::FakeHttpConnection *connection,
                         const Topologist::Test::FakeHttpRequest &request);
    void closed();
    /// Body bytes of streamEndlessly() handed to the socket.
    void streamed(qint64 bytes);

private:
    enum class State { Head, Body, Answering };

    void readAvailable();
    bool parseHead();
    bool parseBody();
    void countBodyBytes(qint64 bytes);

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    FakeHttpRequest m_request;
    State m_state = State::Head;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_dropAfter = -1;
    bool m_stalled = false;
    bool m_closeAfterAnswer = false;
    qint64 m_streamed = 0;
};

} // namespace Topologist::Test
