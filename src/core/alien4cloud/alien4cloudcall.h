// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudexchange.h"
#include "alien4cloud/alien4cloudreply.h"
#include "alien4cloud/alien4cloudresponse.h"

#include <QPointer>

#include <functional>

namespace Topologist {

class Alien4CloudTransfer;

/// The client's side of an Alien4CloudReply: what it needs to (re)send the exchange and read the
/// answer. Callers only ever see the Alien4CloudReply base; the state here is the client's
/// bookkeeping, open to it alone by living in this internal class.
class Alien4CloudCall : public Alien4CloudReply
{
    Q_OBJECT
public:
    using Interpreter = std::function<void(const Alien4CloudResponse &)>;

    /// `what` names the operation in messages: "uploading 'x.csar'".
    Alien4CloudCall(Operation operation, const QString &what, QObject *parent);
    ~Alien4CloudCall() override;

    using Alien4CloudReply::complete;
    using Alien4CloudReply::setHttpStatus;
    using Alien4CloudReply::setResult;

    QString what() const { return m_what; }

    Alien4CloudExchange exchange;
    /// Reads an HTTP answer once the client has ruled out transport failures and sessions.
    Interpreter interpret;

    // Login: the password tried, and whether the answer was probed through /auth/status.
    QString password;
    bool loginProbe = false;

    /// The HTTP exchange in flight, a child of this call.
    QPointer<Alien4CloudTransfer> transfer;

    QPointer<Alien4CloudCall> relogin;
    bool relogged = false;
    bool canceled = false;

    /// Cuts the transfer without reporting, for a client that goes away first.
    void detach();

signals:
    /// cancel() was called on the unfinished reply; whoever runs the call ends it.
    void cancelRequested();

protected:
    void abort() override;

private:
    QString m_what;
};

} // namespace Topologist
