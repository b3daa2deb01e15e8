// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudcall.h"

#include "alien4cloud/alien4cloudtransfer.h"

namespace Topologist {

Alien4CloudCall::Alien4CloudCall(Operation operation, const QString &what, QObject *parent)
    : Alien4CloudReply(operation, parent)
    , m_what(what)
{}

// The transfer, a child, ends quietly with the call: a caller that deletes an unfinished reply
// has given up on it.
Alien4CloudCall::~Alien4CloudCall() = default;

void Alien4CloudCall::detach()
{
    if (transfer)
        transfer->drop();
    disconnect(this, &Alien4CloudCall::cancelRequested, nullptr, nullptr);
}

void Alien4CloudCall::abort()
{
    emit cancelRequested();
}

} // namespace Topologist
