// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudtransfer.h"

#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

namespace Topologist {

Alien4CloudTransfer::Alien4CloudTransfer(QNetworkReply *network,
                                         const Limits &limits,
                                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
    m_silence = singleShot(limits.silenceMs, &m_timedOut);
    m_deadline = singleShot(limits.totalMs, &m_deadlineReached);
    connect(network, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // The timeout measures silence, so any progress restarts it.
        if (sent > 0 && m_silence->isActive())
            m_silence->start();
        emit uploadProgress(sent, total);
    });
    connect(
        network, &QNetworkReply::downloadProgress, this, &Alien4CloudTransfer::onDownloadProgress);
    connect(network, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors.append(e.errorString());
    });
    connect(network, &QNetworkReply::finished, this, &Alien4CloudTransfer::onFinished);
}

Alien4CloudTransfer::~Alien4CloudTransfer()
{
    drop();
}

void Alien4CloudTransfer::abort()
{
    if (m_network)
        m_network->abort(); // finished() comes through onFinished()
}

void Alien4CloudTransfer::drop()
{
    if (!m_network)
        return;
    QNetworkReply *network = m_network;
    m_network = nullptr;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
}

QNetworkReply *Alien4CloudTransfer::network() const
{
    return m_network;
}

Alien4CloudResponse Alien4CloudTransfer::response() const
{
    Alien4CloudResponse response;
    if (!m_network)
        return response;
    response.status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An answer cut for its size is not read at all: what arrived is not worth the memory.
    if (!m_tooLarge && m_network->isReadable())
        response.body = m_network->read(m_limits.maxResponseBytes + 1);
    // Read raw: Qt's parsed LocationHeader drops relative URLs, which older A4C may send.
    response.location = QUrl(QString::fromUtf8(m_network->rawHeader("Location")));
    response.networkError = m_network->error();
    response.networkErrorText = m_network->errorString();
    return response;
}

QTimer *Alien4CloudTransfer::singleShot(int milliseconds, bool *flag)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, flag] {
        *flag = true;
        abort();
    });
    timer->start(milliseconds);
    return timer;
}

void Alien4CloudTransfer::onDownloadProgress(qint64 received, qint64 total)
{
    // Cut as soon as the answer is known (Content-Length) or seen to be too large, before Qt
    // buffers more of it.
    if (received > m_limits.maxResponseBytes || total > m_limits.maxResponseBytes) {
        m_tooLarge = true;
        abort();
        return;
    }
    if (received > 0 && m_silence->isActive())
        m_silence->start();
}

void Alien4CloudTransfer::onFinished()
{
    m_silence->stop();
    m_deadline->stop();
    if (m_network)
        m_network->deleteLater();
    emit finished();
}

} // namespace Topologist
