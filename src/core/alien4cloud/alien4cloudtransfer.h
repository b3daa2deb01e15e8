// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudresponse.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;
class QTimer;

namespace Topologist {

/// One HTTP exchange in flight: Qt's network reply with an inactivity limit (any progress
/// restarts it), a limit on the whole exchange, a cap on the answer's size, and the TLS errors
/// seen. A limit that trips aborts the reply; finished() follows once, whatever ended it.
class Alien4CloudTransfer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int silenceMs = 0;
        int totalMs = 0;
        qint64 maxResponseBytes = 0;
    };

    /// Takes over `network`, which must not have finished yet.
    Alien4CloudTransfer(QNetworkReply *network, const Limits &limits, QObject *parent);
    /// Still running: aborts quietly, without finished().
    ~Alien4CloudTransfer() override;

    /// Aborts; finished() follows at once.
    void abort();
    /// Aborts without finished(), for an owner that goes away.
    void drop();

    /// Qt's reply, for its headers; valid until the event loop runs after finished().
    QNetworkReply *network() const;
    /// What arrived (nothing when it was too large), or the transport failure.
    Alien4CloudResponse response() const;
    QStringList tlsErrors() const { return m_tlsErrors; }
    bool timedOut() const { return m_timedOut; }
    bool deadlineReached() const { return m_deadlineReached; }
    /// The answer grew past the cap and was cut.
    bool tooLarge() const { return m_tooLarge; }
    const Limits &limits() const { return m_limits; }

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    QTimer *singleShot(int milliseconds, bool *flag);
    void onDownloadProgress(qint64 received, qint64 total);
    void onFinished();

    QPointer<QNetworkReply> m_network;
    Limits m_limits;
    QTimer *m_silence = nullptr;
    QTimer *m_deadline = nullptr;
    QStringList m_tlsErrors;
    bool m_timedOut = false;
    bool m_deadlineReached = false;
    bool m_tooLarge = false;
};

} // namespace Topologist
