// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudclient.h"

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4cloudapplicationinterpreter.h"
#include "alien4cloud/alien4cloudcsarexistsinterpreter.h"
#include "alien4cloud/alien4cloudcsarinterpreter.h"
#include "alien4cloud/alien4cloudenvelope.h"
#include "alien4cloud/alien4clouderrors.h"
#include "alien4cloud/alien4cloudhealthinterpreter.h"
#include "alien4cloud/alien4cloudlogininterpreter.h"
#include "alien4cloud/alien4cloudversioninterpreter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QVersionNumber>

namespace Topologist {

Q_LOGGING_CATEGORY(lcAlien4Cloud, "topologist.alien4cloud", QtWarningMsg)

namespace {

using Kind = Alien4CloudError::Kind;
using Operation = Alien4CloudReply::Operation;

// RestErrorCode values the client acts on.
constexpr int UnauthorizedCode = 102;

const QByteArray SessionCookie = QByteArrayLiteral("JSESSIONID");

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

QString pathSegment(const QString &text)
{
    // A4C maps ids with {id:.+}, so the colon of name:version goes through unencoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(":")));
}

QByteArray headerSafeFileName(QString fileName)
{
    for (QChar &c : fileName) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')
            || c == QLatin1Char('\\'))
            c = QLatin1Char('_');
    }
    return fileName.toUtf8();
}

} // namespace

Alien4CloudClient::Alien4CloudClient(const Alien4CloudServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are answers here: the outcome of a login is the Location of A4C's 302.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Alien4CloudClient::~Alien4CloudClient()
{
    // The network manager goes first among the children; cut the replies' transfers before,
    // so none reports into a half-destroyed client.
    const QList<Alien4CloudReply *> replies = findChildren<Alien4CloudReply *>();
    for (Alien4CloudReply *reply : replies) {
        if (reply->m_network) {
            reply->m_network->disconnect(reply);
            reply->m_network->abort();
        }
        reply->m_client = nullptr;
    }
}

bool Alien4CloudClient::isValidArchiveName(const QString &archiveName)
{
    // Java's \w without UNICODE_CHARACTER_CLASS, as A4C's NameValidationUtils uses it.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]+$"));
    return pattern.match(archiveName).hasMatch();
}

bool Alien4CloudClient::isValidApplicationName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(QLatin1Char('/'))
           && !name.contains(QLatin1Char('\\'));
}

QUrl Alien4CloudClient::applicationUrl(const QString &applicationId) const
{
    // Routes of A4C's AngularJS UI (ui-router states in alien4cloud-ui/.../scripts): since 2.0
    // 'applications.detail' is '/detail/:id' (scripts/_ref/applications/controllers/
    // applications_detail.js) and forwards to its '/infos' child; 1.x had '/details/:id'
    // (scripts/applications/controllers/application_detail.js). With the version unknown the
    // current form is used.
    const QVersionNumber version = QVersionNumber::fromString(m_knownVersion);
    const bool legacy = !version.isNull() && version.majorVersion() < 2;
    return m_server.uiUrl(QStringLiteral("/applications/")
                          + (legacy ? QStringLiteral("details/") : QStringLiteral("detail/"))
                          + pathSegment(applicationId) + QStringLiteral("/infos"));
}

Alien4CloudReply *Alien4CloudClient::createReply(Operation operation, const QString &what)
{
    return new Alien4CloudReply(operation, what, this);
}

Alien4CloudReply *Alien4CloudClient::createLogin(const QString &password, QObject *parent)
{
    auto *reply = createReply(
        Operation::Login,
        QCoreApplication::translate("Alien4Cloud", "logging in as '%1'").arg(m_server.userName));
    if (parent)
        reply->setParent(parent);
    reply->m_password = password;
    reply->m_exchange.method = QByteArrayLiteral("POST");
    reply->m_exchange.path = QStringLiteral("/login");
    reply->m_exchange.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    reply->m_exchange.needsSession = false;
    reply->m_exchange.body = formEncode({{QStringLiteral("username"), m_server.userName},
                                         {QStringLiteral("password"), password},
                                         {QStringLiteral("submit"), QStringLiteral("Login")}});
    return reply;
}

Alien4CloudReply *Alien4CloudClient::login(const QString &password)
{
    auto *reply = createLogin(password, nullptr);
    if (m_server.userName.isEmpty()) {
        finishLater(reply, errors(reply).noUserName());
        return reply;
    }
    start(reply);
    return reply;
}

Alien4CloudReply *Alien4CloudClient::logout()
{
    auto *reply
        = createReply(Operation::Logout, QCoreApplication::translate("Alien4Cloud", "logging out"));
    // No re-login may happen on behalf of a user who is leaving.
    m_password.clear();
    reply->m_exchange.method = QByteArrayLiteral("POST");
    reply->m_exchange.path = QStringLiteral("/logout");
    start(reply);
    return reply;
}

Alien4CloudReply *Alien4CloudClient::probeHealth()
{
    auto *reply
        = createReply(Operation::ProbeHealth,
                      QCoreApplication::translate("Alien4Cloud", "checking the server health"));
    reply->m_exchange.method = QByteArrayLiteral("GET");
    reply->m_exchange.path = QStringLiteral("/rest/admin/health");
    reply->m_exchange.needsSession = false;
    start(reply);
    return reply;
}

Alien4CloudReply *Alien4CloudClient::serverVersion()
{
    auto *reply
        = createReply(Operation::ServerVersion,
                      QCoreApplication::translate("Alien4Cloud", "reading the server version"));
    reply->m_exchange.method = QByteArrayLiteral("GET");
    reply->m_exchange.path = QStringLiteral("/version.json");
    reply->m_exchange.needsSession = false;
    start(reply);
    return reply;
}

Alien4CloudReply *Alien4CloudClient::csarExists(const QString &name, const QString &version)
{
    const QString id = name + QLatin1Char(':') + version;
    auto *reply
        = createReply(Operation::CsarExists,
                      QCoreApplication::translate("Alien4Cloud", "looking up archive %1").arg(id));
    reply->m_exchange.method = QByteArrayLiteral("GET");
    reply->m_exchange.path = QStringLiteral("/rest/latest/csars/") + pathSegment(id);
    start(reply);
    return reply;
}

Alien4CloudReply *Alien4CloudClient::createUpload(bool checkOnly,
                                                  const QString &filePath,
                                                  const QByteArray &content,
                                                  const QString &fileName)
{
    const QString what = checkOnly ? QCoreApplication::translate("Alien4Cloud", "checking '%1'")
                                   : QCoreApplication::translate("Alien4Cloud", "uploading '%1'");
    auto *reply
        = createReply(checkOnly ? Operation::CheckCsar : Operation::UploadCsar, what.arg(fileName));
    reply->m_uploadFilePath = filePath;
    reply->m_uploadContent = content;
    reply->m_uploadFileName = fileName;
    reply->m_csarResult.checkOnly = checkOnly;
    reply->m_exchange.method = QByteArrayLiteral("POST");
    reply->m_exchange.path = checkOnly ? QStringLiteral("/rest/latest/csars/check")
                                       : QStringLiteral("/rest/latest/csars");
    reply->m_exchange.upload = true;

    if (!filePath.isEmpty()) {
        const QFileInfo info(filePath);
        if (!info.isFile() || !info.isReadable()) {
            finishLater(reply, errors(reply).archiveMissing(filePath));
            return reply;
        }
    }
    const QVersionNumber version = QVersionNumber::fromString(m_knownVersion);
    if (checkOnly && !version.isNull() && version.majorVersion() < 3) {
        finishLater(reply, errors(reply).checkNeedsVersion3(m_knownVersion));
        return reply;
    }
    start(reply);
    return reply;
}

Alien4CloudReply *Alien4CloudClient::checkCsar(const QString &filePath)
{
    return createUpload(true, filePath, QByteArray(), QFileInfo(filePath).fileName());
}

Alien4CloudReply *Alien4CloudClient::checkCsar(const QByteArray &content, const QString &fileName)
{
    return createUpload(true, QString(), content, fileName);
}

Alien4CloudReply *Alien4CloudClient::uploadCsar(const QString &filePath)
{
    return createUpload(false, filePath, QByteArray(), QFileInfo(filePath).fileName());
}

Alien4CloudReply *Alien4CloudClient::uploadCsar(const QByteArray &content, const QString &fileName)
{
    return createUpload(false, QString(), content, fileName);
}

Alien4CloudReply *Alien4CloudClient::createApplication(const QString &name,
                                                       const QString &archiveName,
                                                       const QString &description,
                                                       const QString &topologyTemplateVersionId)
{
    auto *reply = createReply(
        Operation::CreateApplication,
        QCoreApplication::translate("Alien4Cloud", "creating application '%1'").arg(name));
    reply->m_applicationName = name;
    reply->m_archiveName = archiveName;
    reply->m_templateId = topologyTemplateVersionId;

    const Alien4CloudErrors errors = this->errors(reply);
    Alien4CloudError problem;
    if (!isValidApplicationName(name))
        problem = errors.invalidApplicationName(name);
    else if (!isValidArchiveName(archiveName))
        problem = errors.invalidApplicationId(archiveName);
    else if (topologyTemplateVersionId.isEmpty())
        problem = errors.noTopologyTemplate(name);
    if (problem.isError()) {
        finishLater(reply, problem);
        return reply;
    }

    QJsonObject body;
    body.insert(QStringLiteral("name"), name);
    body.insert(QStringLiteral("archiveName"), archiveName);
    body.insert(QStringLiteral("description"), description);
    body.insert(QStringLiteral("topologyTemplateVersionId"), topologyTemplateVersionId);
    reply->m_exchange.method = QByteArrayLiteral("POST");
    reply->m_exchange.path = QStringLiteral("/rest/latest/applications");
    reply->m_exchange.contentType = QByteArrayLiteral("application/json");
    reply->m_exchange.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    start(reply);
    return reply;
}

bool Alien4CloudClient::makeRequest(const Alien4CloudReply *reply,
                                    QNetworkRequest *request,
                                    Alien4CloudError *error)
{
    const QString problem = m_server.problem();
    if (!problem.isEmpty()) {
        *error = errors(reply).invalidProfile(problem);
        return false;
    }
    if (reply->m_operation == Operation::Login && !reply->m_loginProbe && !m_server.isHttps()
        && !m_server.allowInsecureHttp) {
        *error = errors(reply).insecureLogin();
        return false;
    }
    request->setUrl(m_server.endpoint(reply->m_exchange.path));
    request->setHeader(QNetworkRequest::UserAgentHeader,
                       QStringLiteral("Topologist/" TOPOLOGIST_VERSION));
    request->setRawHeader("Accept", "application/json");
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);
    // The session is managed here, per server, rather than in a jar shared by everything.
    request->setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request->setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request->setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!reply->m_exchange.contentType.isEmpty())
        request->setHeader(QNetworkRequest::ContentTypeHeader, reply->m_exchange.contentType);
    if (reply->m_exchange.needsSession && !m_sessionId.isEmpty())
        request->setRawHeader("Cookie", SessionCookie + '=' + m_sessionId.toLatin1());

    if (m_server.isHttps()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_server.trustedCertificatePath.isEmpty()) {
            if (!m_certificatesLoaded) {
                m_certificatesLoaded = true;
                QFile file(m_server.trustedCertificatePath);
                if (!file.open(QIODevice::ReadOnly)) {
                    m_certificateProblem = file.errorString();
                } else {
                    m_trustedCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
                    if (m_trustedCertificates.isEmpty())
                        m_certificateProblem = Alien4CloudErrors::noPemCertificate();
                }
            }
            if (!m_certificateProblem.isEmpty()) {
                *error = errors(reply).certificateUnusable(m_server.trustedCertificatePath,
                                                           m_certificateProblem);
                return false;
            }
            // Trusted as an extra authority for this server's requests only; verification
            // itself stays on (no ignoreSslErrors anywhere).
            ssl.addCaCertificates(m_trustedCertificates);
        }
        request->setSslConfiguration(ssl);
    }
    return true;
}

void Alien4CloudClient::startTimers(Alien4CloudReply *reply)
{
    if (!reply->m_timer) {
        reply->m_timer = new QTimer(reply);
        reply->m_timer->setSingleShot(true);
        connect(reply->m_timer, &QTimer::timeout, reply, [reply] {
            reply->m_timedOut = true;
            if (reply->m_network)
                reply->m_network->abort();
        });
        reply->m_deadline = new QTimer(reply);
        reply->m_deadline->setSingleShot(true);
        connect(reply->m_deadline, &QTimer::timeout, reply, [reply] {
            reply->m_deadlineReached = true;
            if (reply->m_network)
                reply->m_network->abort();
        });
    }
    const bool upload = reply->m_exchange.upload;
    reply->m_timer->setInterval(upload ? m_server.uploadTimeoutMs : m_server.requestTimeoutMs);
    reply->m_timer->start();
    reply->m_deadline->setInterval(upload ? m_server.uploadDeadlineMs : m_server.requestDeadlineMs);
    reply->m_deadline->start();
}

void Alien4CloudClient::start(Alien4CloudReply *reply)
{
    QNetworkRequest request;
    Alien4CloudError error;
    if (!makeRequest(reply, &request, &error)) {
        finishLater(reply, error);
        return;
    }

    const Alien4CloudReply::Exchange &exchange = reply->m_exchange;
    QNetworkReply *network = nullptr;
    if (exchange.upload) {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        // A4C 1.4 and 2.x bind @RequestParam("file"); 3.x takes any file part.
        part.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename=\""
                              + headerSafeFileName(reply->m_uploadFileName) + '"');
        part.setRawHeader("Content-Type", "application/zip");
        if (!reply->m_uploadFilePath.isEmpty()) {
            auto *file = new QFile(reply->m_uploadFilePath, multipart);
            if (!file->open(QIODevice::ReadOnly)) {
                const QString reason = file->errorString();
                delete multipart;
                finishLater(reply,
                            errors(reply).archiveUnreadable(reply->m_uploadFilePath, reason));
                return;
            }
            part.setBodyDevice(file);
        } else {
            part.setBody(reply->m_uploadContent);
        }
        multipart->append(part);
        network = m_network->post(request, multipart);
        multipart->setParent(network);
    } else if (exchange.method == "GET") {
        network = m_network->get(request);
    } else {
        network = m_network->sendCustomRequest(request, exchange.method, exchange.body);
    }
    qCDebug(lcAlien4Cloud) << exchange.method << request.url().toDisplayString();

    startTimers(reply);
    reply->m_tlsErrors.clear();
    reply->m_network = network;

    connect(network, &QNetworkReply::uploadProgress, reply, [reply](qint64 sent, qint64 total) {
        // The timeout measures silence, so any progress restarts it.
        if (sent > 0 && reply->m_timer->isActive())
            reply->m_timer->start();
        if (reply->m_exchange.upload && total > 0)
            emit reply->progress(sent, total);
    });
    const qint64 cap = m_server.maxResponseBytes;
    connect(network,
            &QNetworkReply::downloadProgress,
            reply,
            [reply, network, cap](qint64 received, qint64 total) {
                // Cut as soon as the answer is known (Content-Length) or seen to be too large,
                // before Qt buffers more of it.
                if (received > cap || total > cap) {
                    reply->m_tooLarge = true;
                    network->abort();
                    return;
                }
                if (received > 0 && reply->m_timer->isActive())
                    reply->m_timer->start();
            });
    connect(network, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            reply->m_tlsErrors.append(e.errorString());
    });
    connect(network, &QNetworkReply::finished, reply, [this, reply, network] {
        onNetworkFinished(reply, network);
    });
}

void Alien4CloudClient::onNetworkFinished(Alien4CloudReply *reply, QNetworkReply *network)
{
    if (reply->m_network != network)
        return;
    reply->m_network = nullptr;
    network->deleteLater();
    if (reply->m_timer)
        reply->m_timer->stop();
    if (reply->m_deadline)
        reply->m_deadline->stop();

    Alien4CloudResponse response;
    response.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An answer cut for its size is not read at all: what arrived is not worth the memory.
    if (!reply->m_tooLarge && network->isReadable())
        response.body = network->read(m_server.maxResponseBytes + 1);
    // Read raw: Qt's parsed LocationHeader drops relative URLs, which older A4C may send.
    response.location = QUrl(QString::fromUtf8(network->rawHeader("Location")));
    response.networkError = network->error();
    response.networkErrorText = network->errorString();
    reply->m_httpStatus = response.status;
    qCDebug(lcAlien4Cloud) << "HTTP" << response.status << "for" << reply->m_what;

    const Alien4CloudErrors errors = this->errors(reply);
    if (reply->m_canceled) {
        finish(reply, errors.canceled());
        return;
    }
    if (reply->m_tooLarge || response.body.size() > m_server.maxResponseBytes) {
        finish(reply,
               errors.answerTooLarge(
                   m_server.maxResponseBytes, reply->m_exchange.path, response.status));
        return;
    }
    if (reply->m_deadlineReached) {
        finish(reply,
               errors.deadlineReached(reply->m_deadline->interval(),
                                      reply->m_exchange.path,
                                      response.networkErrorText));
        return;
    }
    if (reply->m_timedOut) {
        finish(reply, errors.silenceTimeout(reply->m_timer->interval(), response.networkErrorText));
        return;
    }
    if (response.status == 0) {
        finish(reply,
               errors.networkFailure(response, reply->m_tlsErrors, reply->m_exchange.upload));
        return;
    }
    const QString previousSession = m_sessionId;
    takeCookies(network);
    response.newSession = !m_sessionId.isEmpty() && m_sessionId != previousSession;
    interpret(reply, response);
}

void Alien4CloudClient::takeCookies(QNetworkReply *network)
{
    const auto cookies
        = network->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() != SessionCookie)
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

void Alien4CloudClient::endSession()
{
    const bool had = hasSession();
    m_sessionId.clear();
    if (had)
        emit sessionChanged(false);
}

void Alien4CloudClient::cancel(Alien4CloudReply *reply)
{
    if (reply->m_finished)
        return;
    reply->m_canceled = true;
    if (reply->m_network) {
        reply->m_network->abort(); // reports through onNetworkFinished()
        if (reply->m_finished)
            return;
    }
    if (Alien4CloudReply *login = reply->m_relogin) {
        reply->m_relogin = nullptr;
        login->disconnect(reply);
        login->cancel();
        login->deleteLater();
    }
    finish(reply, errors(reply).canceled());
}

void Alien4CloudClient::relogin(Alien4CloudReply *reply)
{
    qCDebug(lcAlien4Cloud) << "session refused while" << reply->m_what << "- logging in again";
    Alien4CloudReply *login = createLogin(m_password, reply);
    reply->m_relogin = login;
    connect(login, &Alien4CloudReply::finished, reply, [this, reply, login] {
        if (reply->m_relogin != login)
            return;
        reply->m_relogin = nullptr;
        login->deleteLater();
        if (login->hasError()) {
            finish(reply, login->error());
            return;
        }
        reply->m_relogged = true;
        emit sessionRenewed();
        start(reply);
    });
    start(login);
}

void Alien4CloudClient::finish(Alien4CloudReply *reply, const Alien4CloudError &error)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = error;
    if (reply->m_timer)
        reply->m_timer->stop();
    if (reply->m_deadline)
        reply->m_deadline->stop();
    if (reply->m_operation == Operation::Logout)
        endSession();
    if (error.isError()) {
        qCDebug(lcAlien4Cloud) << Alien4CloudError::kindName(error.kind()) << error.message()
                               << error.detail();
    }
    emit reply->finished();
}

void Alien4CloudClient::finishLater(Alien4CloudReply *reply, const Alien4CloudError &error)
{
    // Callers connect to finished() after the call returns, so never finish inside it.
    QTimer::singleShot(0, reply, [this, reply, error] { finish(reply, error); });
}

Alien4CloudErrors Alien4CloudClient::errors(const Alien4CloudReply *reply) const
{
    return Alien4CloudErrors(m_server, reply->m_what);
}

Alien4CloudAnswerErrors Alien4CloudClient::answerErrors(const Alien4CloudReply *reply) const
{
    return Alien4CloudAnswerErrors(m_server, reply->m_what);
}

void Alien4CloudClient::interpret(Alien4CloudReply *reply, const Alien4CloudResponse &response)
{
    switch (reply->m_operation) {
    case Operation::Login:
        interpretLogin(reply, response);
        return;
    case Operation::Logout:
        // Spring answers a logout with a redirect to the UI, session or not.
        if (response.isSuccess() || response.isRedirect())
            finish(reply);
        else
            finish(reply, answerErrors(reply).unexpectedAnswer(response));
        return;
    case Operation::ProbeHealth:
        interpretHealth(reply, response);
        return;
    case Operation::ServerVersion:
        interpretVersion(reply, response);
        return;
    default:
        break;
    }

    if ((response.status == 401 || response.status == 403) && reply->m_exchange.needsSession) {
        const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
        // 102 is "logged in, but no right": logging in again would not change that. Anything
        // else on a 403 is taken as an expired session, as A4C's Go client does.
        if (envelope.errorCode() != UnauthorizedCode && !reply->m_relogged
            && !m_password.isEmpty()) {
            relogin(reply);
            return;
        }
        finish(reply,
               errors(reply).accessDenied(reply->m_operation,
                                          response,
                                          envelope.errorCode(),
                                          envelope.errorMessage(),
                                          reply->m_relogged));
        return;
    }

    switch (reply->m_operation) {
    case Operation::CsarExists:
        interpretCsarExists(reply, response);
        return;
    case Operation::CheckCsar:
    case Operation::UploadCsar:
        interpretCsar(reply, response);
        return;
    case Operation::CreateApplication:
        interpretApplication(reply, response);
        return;
    default:
        finish(reply, answerErrors(reply).unexpectedAnswer(response));
        return;
    }
}

void Alien4CloudClient::interpretLogin(Alien4CloudReply *reply, const Alien4CloudResponse &response)
{
    using Outcome = Alien4CloudLoginInterpreter::Outcome;
    const Alien4CloudLoginInterpreter interpreter(m_server, answerErrors(reply));
    const Alien4CloudLoginInterpreter::Result result
        = reply->m_loginProbe ? interpreter.readProbe(response) : interpreter.readLogin(response);
    switch (result.outcome) {
    case Outcome::Accepted:
        m_password = reply->m_password;
        reply->m_password.clear();
        emit sessionChanged(true);
        finish(reply);
        return;
    case Outcome::NeedsProbe:
        reply->m_loginProbe = true;
        reply->m_exchange = Alien4CloudReply::Exchange();
        reply->m_exchange.method = QByteArrayLiteral("GET");
        reply->m_exchange.path = QStringLiteral("/rest/latest/auth/status");
        start(reply);
        return;
    case Outcome::Refused:
        m_password.clear();
        endSession();
        break;
    case Outcome::Failed:
        break;
    }
    finish(reply, result.error);
}

void Alien4CloudClient::interpretHealth(Alien4CloudReply *reply,
                                        const Alien4CloudResponse &response)
{
    const Alien4CloudHealthInterpreter::Result result
        = Alien4CloudHealthInterpreter(answerErrors(reply)).read(response);
    if (!result.status.isEmpty()) {
        reply->m_data = result.data;
        reply->m_healthStatus = result.status;
    }
    finish(reply, result.error);
}

void Alien4CloudClient::interpretVersion(Alien4CloudReply *reply,
                                         const Alien4CloudResponse &response)
{
    const Alien4CloudVersionInterpreter::Result result
        = Alien4CloudVersionInterpreter(answerErrors(reply)).read(response);
    if (!result.error.isError()) {
        reply->m_data = result.data;
        reply->m_serverVersion = result.version;
        m_knownVersion = result.version;
    }
    finish(reply, result.error);
}

void Alien4CloudClient::interpretCsarExists(Alien4CloudReply *reply,
                                            const Alien4CloudResponse &response)
{
    const Alien4CloudCsarExistsInterpreter::Result result
        = Alien4CloudCsarExistsInterpreter(answerErrors(reply)).read(response);
    reply->m_data = result.data;
    reply->m_csarFound = result.found;
    finish(reply, result.error);
}

void Alien4CloudClient::interpretCsar(Alien4CloudReply *reply, const Alien4CloudResponse &response)
{
    const Alien4CloudCsarInterpreter interpreter(
        answerErrors(reply), reply->m_operation == Operation::CheckCsar, reply->m_uploadFileName);
    const Alien4CloudCsarInterpreter::Result result = interpreter.read(response);
    reply->m_data = result.data;
    reply->m_csarResult = result.csar;
    finish(reply, result.error);
}

void Alien4CloudClient::interpretApplication(Alien4CloudReply *reply,
                                             const Alien4CloudResponse &response)
{
    const Alien4CloudApplicationInterpreter interpreter(
        answerErrors(reply), reply->m_applicationName, reply->m_archiveName, reply->m_templateId);
    const Alien4CloudApplicationInterpreter::Result result = interpreter.read(response);
    reply->m_data = result.data;
    reply->m_applicationId = result.applicationId;
    reply->m_notice = result.notice;
    finish(reply, result.error);
}

} // namespace Topologist
