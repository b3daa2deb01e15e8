// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcall.h"

#include <QNetworkReply>

namespace Topologist {

Alien4CloudCall::Alien4CloudCall(Operation operation, const QString &what, QObject *parent)
    : Alien4CloudReply(operation, parent)
    , m_what(what)
{}

Alien4CloudCall::~Alien4CloudCall()
{
    // Deleted before it finished (the caller gave up on it): stop the transfer quietly.
    if (network) {
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
}

void Alien4CloudCall::detach()
{
    if (network) {
        network->disconnect(this);
        network->abort();
    }
    disconnect(this, &Alien4CloudCall::cancelRequested, nullptr, nullptr);
}

void Alien4CloudCall::abort()
{
    emit cancelRequested();
}

} // namespace Topologist
