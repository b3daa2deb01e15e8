// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudexchange.h"
#include "alien4cloud/alien4cloudreply.h"
#include "alien4cloud/alien4cloudresponse.h"

#include <QPointer>

#include <functional>

namespace Topologist {

class Alien4CloudTransfer;

/// The inside of an Alien4CloudReply: what Alien4CloudClient and Alien4CloudSession need to
/// (re)send its exchange and read the answer. Callers only ever see the Alien4CloudReply base;
/// this state is the two classes' bookkeeping, kept out of the public reply by living in this
/// internal subclass (which also opens the reply's protected setters to them).
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
    /// Reads an HTTP answer once the session has ruled out transport failures and refused
    /// sessions; set by the client for each endpoint.
    Interpreter interpret;

    // Login: the password tried, and whether the answer was probed through /auth/status.
    QString password;
    bool loginProbe = false;

    /// The HTTP exchange in flight, a child of this call.
    QPointer<Alien4CloudTransfer> transfer;

    /// The login under way on behalf of this call, and whether one already happened.
    QPointer<Alien4CloudCall> relogin;
    bool relogged = false;
    bool canceled = false;

    /// Cuts the transfer without reporting, for a session that goes away first.
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
