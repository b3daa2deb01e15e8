// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudreply.h"

#include "alien4cloud/alien4cloudclient.h"

#include <QEventLoop>
#include <QNetworkReply>

namespace Topologist {

Alien4CloudReply::Alien4CloudReply(Operation operation,
                                   const QString &what,
                                   Alien4CloudClient *client)
    : QObject(client)
    , m_operation(operation)
    , m_what(what)
    , m_client(client)
{}

Alien4CloudReply::~Alien4CloudReply()
{
    // Deleted before it finished (the caller gave up on it): stop the transfer quietly.
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

bool Alien4CloudReply::waitForFinished()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &Alien4CloudReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return !hasError();
}

void Alien4CloudReply::cancel()
{
    if (!m_finished && m_client)
        m_client->cancel(this);
}

} // namespace Topologist
