// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudsession.h"

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4cloudcall.h"
#include "alien4cloud/alien4cloudenvelope.h"
#include "alien4cloud/alien4clouderrors.h"
#include "alien4cloud/alien4cloudlogininterpreter.h"
#include "alien4cloud/alien4cloudrequestsender.h"
#include "alien4cloud/alien4cloudtransfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QTimer>

namespace Topologist {

Q_LOGGING_CATEGORY(lcAlien4Cloud, "topologist.alien4cloud", QtWarningMsg)

namespace {

using Operation = Alien4CloudReply::Operation;

// The RestErrorCode of "logged in, but without the role".
constexpr int UnauthorizedCode = 102;

/// application/x-www-form-urlencoded with everything but unreserved characters escaped, so a
/// password holding '+', '&' or '=' reaches Spring intact (QUrlQuery leaves '+' alone).
QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray encoded;
    for (const auto &field : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded
            += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return encoded;
}

} // namespace

Alien4CloudSession::Alien4CloudSession(const Alien4CloudServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
    , m_sender(server, m_network)
{
    // Redirects are answers here: the outcome of a login is the Location of A4C's 302.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Alien4CloudSession::~Alien4CloudSession()
{
    // The network manager goes first among the children; cut the calls' transfers before, so
    // none reports into a half-destroyed session.
    const QList<Alien4CloudCall *> calls = findChildren<Alien4CloudCall *>();
    for (Alien4CloudCall *call : calls)
        call->detach();
}

Alien4CloudCall *Alien4CloudSession::createCall(Operation operation, const QString &what)
{
    auto *call = new Alien4CloudCall(operation, what, this);
    connect(call, &Alien4CloudCall::cancelRequested, this, [this, call] { cancel(call); });
    return call;
}

void Alien4CloudSession::send(Alien4CloudCall *call)
{
    Alien4CloudError error;
    const bool sendsPassword = call->operation() == Operation::Login && !call->loginProbe;
    const QString sessionId = call->exchange.needsSession ? m_sessionId : QString();
    QNetworkReply *network
        = m_sender.send(call->exchange, sessionId, sendsPassword, errors(call), &error);
    if (!network) {
        finishLater(call, error);
        return;
    }
    qCDebug(lcAlien4Cloud) << call->exchange.method << network->url().toDisplayString();

    const bool upload = call->exchange.upload;
    Alien4CloudTransfer::Limits limits;
    limits.silenceMs = upload ? m_server.uploadTimeoutMs : m_server.requestTimeoutMs;
    limits.totalMs = upload ? m_server.uploadDeadlineMs : m_server.requestDeadlineMs;
    limits.maxResponseBytes = m_server.maxResponseBytes;
    auto *transfer = new Alien4CloudTransfer(network, limits, call);
    call->transfer = transfer;
    connect(
        transfer, &Alien4CloudTransfer::uploadProgress, call, [call](qint64 sent, qint64 total) {
            if (call->exchange.upload && total > 0)
                emit call->progress(sent, total);
        });
    connect(transfer, &Alien4CloudTransfer::finished, call, [this, call, transfer] {
        onTransferFinished(call, transfer);
    });
}

void Alien4CloudSession::onTransferFinished(Alien4CloudCall *call, Alien4CloudTransfer *transfer)
{
    if (call->transfer != transfer)
        return;
    call->transfer = nullptr;
    transfer->deleteLater();
    Alien4CloudResponse response = transfer->response();
    call->setHttpStatus(response.status);
    qCDebug(lcAlien4Cloud) << "HTTP" << response.status << "for" << call->what();

    const Alien4CloudError failure = transportFailure(call, *transfer, response);
    if (failure.isError()) {
        finish(call, failure);
        return;
    }
    const QString previousSession = m_sessionId;
    takeCookies(transfer->network());
    response.newSession = !m_sessionId.isEmpty() && m_sessionId != previousSession;
    dispatch(call, response);
}

Alien4CloudError Alien4CloudSession::transportFailure(const Alien4CloudCall *call,
                                                      const Alien4CloudTransfer &transfer,
                                                      const Alien4CloudResponse &response) const
{
    const Alien4CloudErrors errors = this->errors(call);
    const QString &path = call->exchange.path;
    if (call->canceled)
        return errors.canceled();
    if (transfer.tooLarge() || response.body.size() > m_server.maxResponseBytes)
        return errors.answerTooLarge(m_server.maxResponseBytes, path, response.status);
    if (transfer.deadlineReached())
        return errors.deadlineReached(transfer.limits().totalMs, path, response.networkErrorText);
    if (transfer.timedOut())
        return errors.silenceTimeout(transfer.limits().silenceMs, response.networkErrorText);
    if (response.status == 0)
        return errors.networkFailure(response, transfer.tlsErrors(), call->exchange.upload);
    return Alien4CloudError();
}

void Alien4CloudSession::takeCookies(QNetworkReply *network)
{
    const auto cookies
        = network->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() != Alien4CloudRequestSender::sessionCookie())
            continue;
        const QDateTime expires = cookie.expirationDate();
        if (cookie.value().isEmpty()
            || (expires.isValid() && expires <= QDateTime::currentDateTimeUtc())) {
            endSession();
        } else {
            m_sessionId = QString::fromLatin1(cookie.value());
        }
    }
}

void Alien4CloudSession::endSession()
{
    const bool had = hasSession();
    m_sessionId.clear();
    if (had)
        emit sessionChanged(false);
}

void Alien4CloudSession::cancel(Alien4CloudCall *call)
{
    if (call->isFinished())
        return;
    call->canceled = true;
    if (call->transfer) {
        call->transfer->abort(); // reports through onTransferFinished()
        if (call->isFinished())
            return;
    }
    if (Alien4CloudCall *login = call->relogin) {
        call->relogin = nullptr;
        login->disconnect(call);
        login->cancel();
        login->deleteLater();
    }
    finish(call, errors(call).canceled());
}

void Alien4CloudSession::relogin(Alien4CloudCall *call)
{
    qCDebug(lcAlien4Cloud) << "session refused while" << call->what() << "- logging in again";
    Alien4CloudCall *login = createLogin(m_password, call);
    call->relogin = login;
    connect(login, &Alien4CloudReply::finished, call, [this, call, login] {
        if (call->relogin != login)
            return;
        call->relogin = nullptr;
        login->deleteLater();
        if (login->hasError()) {
            finish(call, login->error());
            return;
        }
        call->relogged = true;
        emit sessionRenewed();
        send(call);
    });
    send(login);
}

void Alien4CloudSession::finish(Alien4CloudCall *call, const Alien4CloudError &error)
{
    if (call->isFinished())
        return;
    if (call->operation() == Operation::Logout)
        endSession();
    if (error.isError()) {
        qCDebug(lcAlien4Cloud) << Alien4CloudError::kindName(error.kind()) << error.message()
                               << error.detail();
    }
    call->complete(error);
}

void Alien4CloudSession::finishLater(Alien4CloudCall *call, const Alien4CloudError &error)
{
    // Callers connect to finished() after the call returns, so never finish inside it.
    QTimer::singleShot(0, call, [this, call, error] { finish(call, error); });
}

Alien4CloudErrors Alien4CloudSession::errors(const Alien4CloudCall *call) const
{
    return Alien4CloudErrors(m_server, call->what());
}

Alien4CloudAnswerErrors Alien4CloudSession::answerErrors(const Alien4CloudCall *call) const
{
    return Alien4CloudAnswerErrors(m_server, call->what());
}

void Alien4CloudSession::dispatch(Alien4CloudCall *call, const Alien4CloudResponse &response)
{
    switch (call->operation()) {
    case Operation::Login:
        interpretLogin(call, response);
        return;
    case Operation::Logout:
        // Spring answers a logout with a redirect to the UI, session or not.
        if (response.isSuccess() || response.isRedirect())
            finish(call);
        else
            finish(call, answerErrors(call).unexpectedAnswer(response));
        return;
    default:
        break;
    }

    if ((response.status == 401 || response.status == 403) && call->exchange.needsSession) {
        const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
        // 102 is "logged in, but no right": logging in again would not change that. Anything
        // else on a 403 is taken as an expired session, as A4C's Go client does.
        if (envelope.errorCode() != UnauthorizedCode && !call->relogged && !m_password.isEmpty()) {
            relogin(call);
            return;
        }
        finish(call,
               errors(call).accessDenied(call->operation(),
                                         response,
                                         envelope.errorCode(),
                                         envelope.errorMessage(),
                                         call->relogged));
        return;
    }

    if (call->interpret)
        call->interpret(response);
    else
        finish(call, answerErrors(call).unexpectedAnswer(response));
}

void Alien4CloudSession::interpretLogin(Alien4CloudCall *call, const Alien4CloudResponse &response)
{
    using Outcome = Alien4CloudLoginInterpreter::Outcome;
    const Alien4CloudLoginInterpreter interpreter(m_server, answerErrors(call));
    const Alien4CloudLoginInterpreter::Result result
        = call->loginProbe ? interpreter.readProbe(response) : interpreter.readLogin(response);
    switch (result.outcome) {
    case Outcome::Accepted:
        m_password = call->password;
        call->password.clear();
        emit sessionChanged(true);
        finish(call);
        return;
    case Outcome::NeedsProbe:
        call->loginProbe = true;
        call->exchange = Alien4CloudExchange();
        call->exchange.method = QByteArrayLiteral("GET");
        call->exchange.path = QStringLiteral("/rest/latest/auth/status");
        send(call);
        return;
    case Outcome::Refused:
        m_password.clear();
        endSession();
        break;
    case Outcome::Failed:
        break;
    }
    finish(call, result.error);
}

Alien4CloudCall *Alien4CloudSession::createLogin(const QString &password, QObject *parent)
{
    auto *call = createCall(
        Operation::Login,
        QCoreApplication::translate("Alien4Cloud", "logging in as '%1'").arg(m_server.userName));
    if (parent)
        call->setParent(parent);
    call->password = password;
    call->exchange.method = QByteArrayLiteral("POST");
    call->exchange.path = QStringLiteral("/login");
    call->exchange.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    call->exchange.needsSession = false;
    call->exchange.body = formEncode({{QStringLiteral("username"), m_server.userName},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("submit"), QStringLiteral("Login")}});
    return call;
}

Alien4CloudCall *Alien4CloudSession::login(const QString &password)
{
    auto *call = createLogin(password, nullptr);
    if (m_server.userName.isEmpty()) {
        finishLater(call, errors(call).noUserName());
        return call;
    }
    send(call);
    return call;
}

Alien4CloudCall *Alien4CloudSession::logout()
{
    auto *call
        = createCall(Operation::Logout, QCoreApplication::translate("Alien4Cloud", "logging out"));
    // No re-login may happen on behalf of a user who is leaving.
    m_password.clear();
    call->exchange.method = QByteArrayLiteral("POST");
    call->exchange.path = QStringLiteral("/logout");
    send(call);
    return call;
}

} // namespace Topologist
