// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudreply.h"
#include "alien4cloud/alien4cloudrequestsender.h"
#include "alien4cloud/alien4cloudresponse.h"
#include "alien4cloud/alien4cloudserver.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace Topologist {

class Alien4CloudAnswerErrors;
class Alien4CloudCall;
class Alien4CloudErrors;
class Alien4CloudTransfer;

/// The connection to one Alien4Cloud server, under Alien4CloudClient: it sends the exchange of
/// each Alien4CloudCall through its own QNetworkAccessManager, applies the profile's time and
/// size limits and certificate, and hands every HTTP answer to the call's interpreter. It holds
/// the JSESSIONID of the last login and, when A4C answers 403 because that session expired,
/// logs in again once with the password it was given and replays the request. Certificates are
/// always verified; the profile's PEM file is trusted for this server only.
///
/// The password is held in memory only, for that re-login, and never logged.
class Alien4CloudSession : public QObject
{
    Q_OBJECT
public:
    Alien4CloudSession(const Alien4CloudServer &server, QObject *parent);
    ~Alien4CloudSession() override;

    /// A session cookie is held (it may still have expired on the server).
    bool hasSession() const { return !m_sessionId.isEmpty(); }

    /// A call this session runs: its cancel() comes here.
    Alien4CloudCall *createCall(Alien4CloudReply::Operation operation, const QString &what);
    /// Form login as A4C's UI does it (POST /login); the outcome is read from the redirect.
    Alien4CloudCall *login(const QString &password);
    Alien4CloudCall *logout();

    /// Sends the call's exchange; the answer goes to its interpreter, failures end it.
    void send(Alien4CloudCall *call);
    void finish(Alien4CloudCall *call, const Alien4CloudError &error = Alien4CloudError());
    /// finish() once control is back in the event loop: callers connect to finished() after
    /// the call that created the reply returns.
    void finishLater(Alien4CloudCall *call, const Alien4CloudError &error);

signals:
    void sessionChanged(bool loggedIn);
    void sessionRenewed();

private:
    Alien4CloudCall *createLogin(const QString &password, QObject *parent);
    void onTransferFinished(Alien4CloudCall *call, Alien4CloudTransfer *transfer);
    /// Why the transfer brought no usable answer (canceled, limits, network), or no error.
    Alien4CloudError transportFailure(const Alien4CloudCall *call,
                                      const Alien4CloudTransfer &transfer,
                                      const Alien4CloudResponse &response) const;
    void cancel(Alien4CloudCall *call);
    void relogin(Alien4CloudCall *call);
    void takeCookies(QNetworkReply *network);
    void endSession();
    void dispatch(Alien4CloudCall *call, const Alien4CloudResponse &response);
    void interpretLogin(Alien4CloudCall *call, const Alien4CloudResponse &response);

    Alien4CloudErrors errors(const Alien4CloudCall *call) const;
    Alien4CloudAnswerErrors answerErrors(const Alien4CloudCall *call) const;

    Alien4CloudServer m_server;
    QNetworkAccessManager *m_network = nullptr;
    QString m_sessionId;
    QString m_password;
    Alien4CloudRequestSender m_sender;
};

} // namespace Topologist
