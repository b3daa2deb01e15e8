// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudclient.h"

#include "alien4cloud/alien4cloudenvelope.h"

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
constexpr int MaintenanceCode = 0;
constexpr int UnauthorizedCode = 102;
constexpr int CsarParsingErrorCode = 200;
constexpr int CsarInvalidCode = 201;
constexpr int AlreadyExistCode = 502;
constexpr int NotFoundCode = 504;
constexpr int ApplicationVersionExistsCode = 615;
constexpr int InvalidNameCode = 618;

const QByteArray SessionCookie = QByteArrayLiteral("JSESSIONID");

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

QString orNoDetails(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("Alien4Cloud", "no details given") : text;
}

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
        finishLater(reply,
                    Alien4CloudError(Kind::InvalidRequest,
                                     QCoreApplication::translate("Alien4Cloud",
                                                                 "The server profile for %1 has "
                                                                 "no user name; add one to log "
                                                                 "in.")
                                         .arg(m_server.displayUrl())));
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
            finishLater(reply,
                        Alien4CloudError(Kind::InvalidRequest,
                                         QCoreApplication::translate("Alien4Cloud",
                                                                     "Cannot read the archive "
                                                                     "'%1': no such readable "
                                                                     "file.")
                                             .arg(QDir::toNativeSeparators(filePath))));
            return reply;
        }
    }
    const QVersionNumber version = QVersionNumber::fromString(m_knownVersion);
    if (checkOnly && !version.isNull() && version.majorVersion() < 3) {
        finishLater(reply,
                    Alien4CloudError(Kind::NotSupported,
                                     QCoreApplication::translate("Alien4Cloud",
                                                                 "Alien4Cloud %1 at %2 cannot "
                                                                 "check an archive without "
                                                                 "importing it (that needs "
                                                                 "Alien4Cloud 3.0 or later); "
                                                                 "the check is skipped.")
                                         .arg(m_knownVersion, m_server.displayUrl())));
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

    QString problem;
    if (!isValidApplicationName(name)) {
        problem = QCoreApplication::translate("Alien4Cloud",
                                              "The application name '%1' is not valid for "
                                              "Alien4Cloud: it must not be empty nor contain "
                                              "'/' or '\\'.")
                      .arg(name);
    } else if (!isValidArchiveName(archiveName)) {
        problem = QCoreApplication::translate("Alien4Cloud",
                                              "The application id '%1' is not valid for "
                                              "Alien4Cloud: use only letters, digits and '_' "
                                              "(no spaces, dashes or dots).")
                      .arg(archiveName);
    } else if (topologyTemplateVersionId.isEmpty()) {
        problem = QCoreApplication::translate("Alien4Cloud",
                                              "No topology template was given for application "
                                              "'%1'.")
                      .arg(name);
    }
    if (!problem.isEmpty()) {
        finishLater(reply, Alien4CloudError(Kind::InvalidRequest, problem));
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
        *error = Alien4CloudError(Kind::InvalidRequest, problem);
        return false;
    }
    if (reply->m_operation == Operation::Login && !reply->m_loginProbe && !m_server.isHttps()
        && !m_server.allowInsecureHttp) {
        *error = Alien4CloudError(
            Kind::InvalidRequest,
            QCoreApplication::translate("Alien4Cloud",
                                        "Not sending the password of '%1' to %2: over plain "
                                        "http:// anyone on the network could read it. Use the "
                                        "server's https:// address, or allow plain http "
                                        "explicitly if you accept that risk.")
                .arg(m_server.userName, m_server.displayUrl()));
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
                        m_certificateProblem = QCoreApplication::translate(
                            "Alien4Cloud", "it holds no PEM certificate");
                }
            }
            if (!m_certificateProblem.isEmpty()) {
                *error = Alien4CloudError(
                    Kind::TlsFailure,
                    QCoreApplication::translate("Alien4Cloud",
                                                "Cannot use the certificate file '%1' of the "
                                                "server profile for %2: %3. Choose the PEM "
                                                "file of the server's certificate.")
                        .arg(QDir::toNativeSeparators(m_server.trustedCertificatePath),
                             m_server.displayUrl(),
                             m_certificateProblem));
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
                finishLater(
                    reply,
                    Alien4CloudError(
                        Kind::InvalidRequest,
                        QCoreApplication::translate("Alien4Cloud",
                                                    "Cannot read the "
                                                    "archive '%1': %2.")
                            .arg(QDir::toNativeSeparators(reply->m_uploadFilePath), reason)));
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

    Response response;
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

    if (reply->m_canceled) {
        finish(reply,
               Alien4CloudError(Kind::Canceled,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "The request to Alien4Cloud at %1 "
                                                            "was canceled while %2.")
                                    .arg(m_server.displayUrl(), reply->m_what)));
        return;
    }
    if (reply->m_tooLarge || response.body.size() > m_server.maxResponseBytes) {
        finish(reply,
               Alien4CloudError(Kind::MalformedResponse,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 sent more than %2 "
                                                            "bytes for %3 while %4; the answer "
                                                            "was cut off. Check that %1 is the "
                                                            "address of Alien4Cloud.")
                                    .arg(m_server.displayUrl(),
                                         QString::number(m_server.maxResponseBytes),
                                         reply->m_exchange.path,
                                         reply->m_what),
                                response.status));
        return;
    }
    if (reply->m_deadlineReached) {
        finish(reply,
               Alien4CloudError(Kind::Timeout,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 took more than %2 "
                                                            "s in total for %3 while %4, though "
                                                            "it kept the connection busy; the "
                                                            "request was given up.")
                                    .arg(m_server.displayUrl(),
                                         seconds(reply->m_deadline->interval()),
                                         reply->m_exchange.path,
                                         reply->m_what),
                                0,
                                Alien4CloudError::NoCode,
                                QString(),
                                response.networkErrorText));
        return;
    }
    if (reply->m_timedOut) {
        finish(
            reply,
            Alien4CloudError(
                Kind::Timeout,
                QCoreApplication::translate("Alien4Cloud",
                                            "Alien4Cloud at %1 did not answer "
                                            "within %2 s while %3. The server "
                                            "may be overloaded or unreachable; "
                                            "try again, or raise the timeout in "
                                            "the server profile.")
                    .arg(m_server.displayUrl(), seconds(reply->m_timer->interval()), reply->m_what),
                0,
                Alien4CloudError::NoCode,
                QString(),
                response.networkErrorText));
        return;
    }
    if (response.status == 0) {
        finish(reply, networkError(reply, response));
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
    finish(reply,
           Alien4CloudError(Kind::Canceled,
                            QCoreApplication::translate("Alien4Cloud",
                                                        "The request to Alien4Cloud at %1 was "
                                                        "canceled while %2.")
                                .arg(m_server.displayUrl(), reply->m_what)));
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

Alien4CloudError Alien4CloudClient::networkError(const Alien4CloudReply *reply,
                                                 const Response &response) const
{
    const QString server = m_server.displayUrl();
    const QString detail = response.networkErrorText;
    switch (static_cast<QNetworkReply::NetworkError>(response.networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return Alien4CloudError(Kind::ConnectionRefused,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Cannot reach Alien4Cloud at %1: "
                                                            "connection refused. Is the server "
                                                            "running, and is the port right?")
                                    .arg(server),
                                0,
                                Alien4CloudError::NoCode,
                                QString(),
                                detail);
    case QNetworkReply::HostNotFoundError:
        return Alien4CloudError(Kind::HostNotFound,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Cannot reach Alien4Cloud at %1: "
                                                            "the host '%2' is unknown. Check "
                                                            "the address in the server "
                                                            "profile.")
                                    .arg(server, m_server.baseUrl.host()),
                                0,
                                Alien4CloudError::NoCode,
                                QString(),
                                detail);
    case QNetworkReply::TimeoutError:
        return Alien4CloudError(Kind::Timeout,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 did not answer "
                                                            "in time while %2. The server may "
                                                            "be overloaded or unreachable; try "
                                                            "again.")
                                    .arg(server, reply->m_what),
                                0,
                                Alien4CloudError::NoCode,
                                QString(),
                                detail);
    case QNetworkReply::SslHandshakeFailedError:
        if (!reply->m_tlsErrors.isEmpty()) {
            return Alien4CloudError(Kind::TlsFailure,
                                    QCoreApplication::translate("Alien4Cloud",
                                                                "The certificate of %1 is not "
                                                                "trusted: %2. Add the server's "
                                                                "certificate in the server "
                                                                "profile if it is self-signed.")
                                        .arg(server, reply->m_tlsErrors.join(QStringLiteral("; "))),
                                    0,
                                    Alien4CloudError::NoCode,
                                    QString(),
                                    detail);
        }
        return Alien4CloudError(Kind::TlsFailure,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "The secure connection to %1 "
                                                            "failed: %2. Check that the server "
                                                            "speaks HTTPS on this port.")
                                    .arg(server, detail),
                                0,
                                Alien4CloudError::NoCode,
                                QString(),
                                detail);
    case QNetworkReply::UnknownNetworkError:
        // A server that resets the connection while the body is being written (a size limit, a
        // crash) reaches Qt as a failed write, which it reports as an unknown error about half
        // of the time instead of RemoteHostClosedError.
        if (!reply->m_exchange.upload)
            return genericNetworkError(reply, response);
        Q_FALLTHROUGH();
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return Alien4CloudError(Kind::ConnectionLost,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 closed the "
                                                            "connection while %2, before "
                                                            "answering. The server may have "
                                                            "stopped or refused the request "
                                                            "(an archive over its size limit, "
                                                            "for example); check its log.")
                                    .arg(server, reply->m_what),
                                0,
                                Alien4CloudError::NoCode,
                                QString(),
                                detail);
    default:
        return genericNetworkError(reply, response);
    }
}

Alien4CloudError Alien4CloudClient::genericNetworkError(const Alien4CloudReply *reply,
                                                        const Response &response) const
{
    return Alien4CloudError(
        Kind::NetworkError,
        QCoreApplication::translate("Alien4Cloud",
                                    "Cannot talk to Alien4Cloud at %1 "
                                    "while %2: %3.")
            .arg(m_server.displayUrl(), reply->m_what, response.networkErrorText),
        0,
        Alien4CloudError::NoCode,
        QString(),
        response.networkErrorText);
}

Alien4CloudError Alien4CloudClient::unexpectedAnswer(const Alien4CloudReply *reply,
                                                     const Response &response) const
{
    const QString server = m_server.displayUrl();
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    const int code = envelope.errorCode();
    const QString serverMessage = envelope.errorMessage();

    if (response.status == 503 && envelope.isEnvelope() && code == MaintenanceCode) {
        return Alien4CloudError(Kind::ServerError,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 is in "
                                                            "maintenance mode (HTTP 503). Try "
                                                            "again later.")
                                    .arg(server),
                                response.status,
                                code,
                                serverMessage);
    }
    if (response.status >= 500) {
        return Alien4CloudError(Kind::ServerError,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 failed while %2 "
                                                            "(HTTP %3): %4. Try again later, or "
                                                            "look at the server log.")
                                    .arg(server,
                                         reply->m_what,
                                         QString::number(response.status),
                                         orNoDetails(serverMessage)),
                                response.status,
                                code,
                                serverMessage);
    }
    if (envelope.shape() == Alien4CloudEnvelope::Shape::NotJson) {
        return Alien4CloudError(Kind::MalformedResponse,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 answered with "
                                                            "something that is not JSON (HTTP "
                                                            "%2, %3 bytes) while %4: %5. Check "
                                                            "that %1 is the address of an "
                                                            "Alien4Cloud server.")
                                    .arg(server,
                                         QString::number(response.status),
                                         QString::number(response.body.size()),
                                         reply->m_what,
                                         envelope.problem()),
                                response.status);
    }
    if (envelope.shape() == Alien4CloudEnvelope::Shape::NotEnvelope) {
        return Alien4CloudError(
            Kind::MalformedResponse,
            QCoreApplication::translate("Alien4Cloud",
                                        "Alien4Cloud at %1 answered with "
                                        "JSON of an unexpected shape (HTTP "
                                        "%2) while %3: %4. Check that %1 "
                                        "is an Alien4Cloud server of a "
                                        "supported version (1.4 to 3.x).")
                .arg(server, QString::number(response.status), reply->m_what, envelope.problem()),
            response.status);
    }
    if (response.status == 404 || code == NotFoundCode) {
        return Alien4CloudError(Kind::NotFound,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 found nothing "
                                                            "while %2 (HTTP %3): %4")
                                    .arg(server,
                                         reply->m_what,
                                         QString::number(response.status),
                                         orNoDetails(serverMessage)),
                                response.status,
                                code,
                                serverMessage);
    }
    if (envelope.hasError()) {
        return Alien4CloudError(
            Kind::Rejected,
            QCoreApplication::translate("Alien4Cloud",
                                        "Alien4Cloud at %1 refused the "
                                        "request while %2 (error %3): %4")
                .arg(server, reply->m_what, QString::number(code), orNoDetails(serverMessage)),
            response.status,
            code,
            serverMessage);
    }
    return Alien4CloudError(Kind::MalformedResponse,
                            QCoreApplication::translate("Alien4Cloud",
                                                        "Alien4Cloud at %1 answered HTTP %2 "
                                                        "without saying why while %3.")
                                .arg(server, QString::number(response.status), reply->m_what),
                            response.status);
}

Alien4CloudError Alien4CloudClient::accessDenied(const Alien4CloudReply *reply,
                                                 const Response &response,
                                                 int code,
                                                 const QString &serverMessage) const
{
    const QString server = m_server.displayUrl();
    QString message;
    if (code == UnauthorizedCode) {
        QString role;
        if (reply->m_operation == Operation::UploadCsar
            || reply->m_operation == Operation::CheckCsar)
            role = QStringLiteral("ARCHITECT / COMPONENTS_MANAGER");
        else if (reply->m_operation == Operation::CreateApplication)
            role = QStringLiteral("APPLICATIONS_MANAGER");
        message = role.isEmpty()
                      ? QCoreApplication::translate("Alien4Cloud",
                                                    "User '%1' is not allowed to do this on "
                                                    "Alien4Cloud at %2 (while %3, error 102). "
                                                    "Ask an Alien4Cloud administrator for the "
                                                    "needed role.")
                            .arg(m_server.userName, server, reply->m_what)
                      : QCoreApplication::translate("Alien4Cloud",
                                                    "User '%1' is not allowed to do this on "
                                                    "Alien4Cloud at %2 (while %3, error 102). "
                                                    "Ask an Alien4Cloud administrator for the "
                                                    "role %4.")
                            .arg(m_server.userName, server, reply->m_what, role);
    } else if (reply->m_relogged) {
        message
            = QCoreApplication::translate("Alien4Cloud",
                                          "Alien4Cloud at %1 refused the request while %2 "
                                          "even after logging in again as '%3' (HTTP %4). "
                                          "Log in again; if this goes on, check the "
                                          "server's session settings.")
                  .arg(server, reply->m_what, m_server.userName, QString::number(response.status));
    } else {
        message = QCoreApplication::translate("Alien4Cloud",
                                              "Alien4Cloud at %1 requires a login for %2 (HTTP "
                                              "%3). Log in first.")
                      .arg(server, reply->m_what, QString::number(response.status));
    }
    return Alien4CloudError(Kind::AccessDenied, message, response.status, code, serverMessage);
}

void Alien4CloudClient::interpret(Alien4CloudReply *reply, const Response &response)
{
    switch (reply->m_operation) {
    case Operation::Login:
        interpretLogin(reply, response);
        return;
    case Operation::Logout:
        // Spring answers a logout with a redirect to the UI, session or not.
        if (isSuccess(response.status) || isRedirect(response.status))
            finish(reply);
        else
            finish(reply, unexpectedAnswer(reply, response));
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
        finish(reply, accessDenied(reply, response, envelope.errorCode(), envelope.errorMessage()));
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
        finish(reply, unexpectedAnswer(reply, response));
        return;
    }
}

void Alien4CloudClient::interpretLogin(Alien4CloudReply *reply, const Response &response)
{
    const QString server = m_server.displayUrl();
    const Alien4CloudError refused(Kind::AuthenticationFailed,
                                   QCoreApplication::translate("Alien4Cloud",
                                                               "Login refused for user '%1' at "
                                                               "%2: check user name and "
                                                               "password.")
                                       .arg(m_server.userName, server),
                                   response.status);
    bool accepted = false;

    if (reply->m_loginProbe) {
        const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
        if (!envelope.isEnvelope() || !isSuccess(response.status)) {
            finish(reply, unexpectedAnswer(reply, response));
            return;
        }
        accepted = envelope.data().toObject().value(QLatin1String("isLogged")).toBool();
    } else if (isRedirect(response.status)) {
        // Older A4C sends a relative Location; it is relative to the login's own address.
        const QUrl target = m_server.endpoint(QStringLiteral("/login")).resolved(response.location);
        if (!m_server.isSameOrigin(target)) {
            m_password.clear();
            endSession();
            finish(reply,
                   Alien4CloudError(
                       Kind::MalformedResponse,
                       QCoreApplication::translate("Alien4Cloud",
                                                   "%1 answered the login by sending "
                                                   "it to another server (%2); that "
                                                   "is not Alien4Cloud's answer, so "
                                                   "the login is not trusted.")
                           .arg(m_server.displayUrl(),
                                target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                       response.status));
            return;
        }
        const QString path = target.path();
        if (path.endsWith(QLatin1String("/authenticationfailed"))) {
            accepted = false;
        } else if (path.endsWith(QLatin1String("/rest/auth/status"))) {
            accepted = true;
        } else if (!response.newSession) {
            // A successful login always gets a new session id (session fixation protection);
            // without one, an older session must not be mistaken for this login's.
            accepted = false;
        } else {
            // Spring's SavedRequestAwareAuthenticationSuccessHandler may send a successful
            // login elsewhere: ask A4C who this session belongs to instead of guessing.
            reply->m_loginProbe = true;
            reply->m_exchange = Alien4CloudReply::Exchange();
            reply->m_exchange.method = QByteArrayLiteral("GET");
            reply->m_exchange.path = QStringLiteral("/rest/latest/auth/status");
            start(reply);
            return;
        }
    } else if (response.status == 401) {
        accepted = false;
    } else if (response.status >= 500) {
        finish(reply, unexpectedAnswer(reply, response));
        return;
    } else {
        finish(reply,
               Alien4CloudError(Kind::MalformedResponse,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "%1 answered the login with HTTP %2 "
                                                            "instead of Alien4Cloud's redirect. "
                                                            "Check that %1 is the address of "
                                                            "Alien4Cloud itself.")
                                    .arg(server, QString::number(response.status)),
                                response.status));
        return;
    }

    if (!accepted) {
        m_password.clear();
        endSession();
        finish(reply, refused);
        return;
    }
    m_password = reply->m_password;
    reply->m_password.clear();
    emit sessionChanged(true);
    finish(reply);
}

void Alien4CloudClient::interpretHealth(Alien4CloudReply *reply, const Response &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QString status = document.object().value(QLatin1String("status")).toString();
    if (status.isEmpty()) {
        if (response.status == 404) {
            finish(reply,
                   Alien4CloudError(Kind::NotFound,
                                    QCoreApplication::translate("Alien4Cloud",
                                                                "%1 has no health endpoint "
                                                                "(/rest/admin/health, HTTP "
                                                                "404). Check that it is the "
                                                                "address of Alien4Cloud.")
                                        .arg(m_server.displayUrl()),
                                    response.status));
            return;
        }
        finish(reply, unexpectedAnswer(reply, response));
        return;
    }
    reply->m_data = document.object();
    reply->m_healthStatus = status;
    if (isSuccess(response.status) && status == QLatin1String("UP")) {
        finish(reply);
        return;
    }
    finish(
        reply,
        Alien4CloudError(Kind::ServerError,
                         QCoreApplication::translate("Alien4Cloud",
                                                     "Alien4Cloud at %1 reports that it is "
                                                     "not healthy (status %2, HTTP %3). Try "
                                                     "again later, or look at the server "
                                                     "log.")
                             .arg(m_server.displayUrl(), status, QString::number(response.status)),
                         response.status));
}

void Alien4CloudClient::interpretVersion(Alien4CloudReply *reply, const Response &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonValue version = document.object().value(QLatin1String("version"));
    if (!isSuccess(response.status) || !version.isString()) {
        if (response.status == 404) {
            finish(reply,
                   Alien4CloudError(Kind::NotFound,
                                    QCoreApplication::translate("Alien4Cloud",
                                                                "%1 publishes no /version.json "
                                                                "(HTTP 404). Check that it is "
                                                                "the address of Alien4Cloud.")
                                        .arg(m_server.displayUrl()),
                                    response.status));
            return;
        }
        finish(reply, unexpectedAnswer(reply, response));
        return;
    }
    reply->m_data = document.object();
    reply->m_serverVersion = version.toString();
    m_knownVersion = reply->m_serverVersion;
    finish(reply);
}

void Alien4CloudClient::interpretCsarExists(Alien4CloudReply *reply, const Response &response)
{
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    if (response.status == 404 || (envelope.isEnvelope() && envelope.errorCode() == NotFoundCode)) {
        reply->m_csarFound = false;
        finish(reply);
        return;
    }
    if (isSuccess(response.status) && envelope.isEnvelope() && !envelope.hasError()) {
        reply->m_data = envelope.data();
        reply->m_csarFound = true;
        finish(reply);
        return;
    }
    finish(reply, unexpectedAnswer(reply, response));
}

void Alien4CloudClient::interpretCsar(Alien4CloudReply *reply, const Response &response)
{
    const bool checkOnly = reply->m_operation == Operation::CheckCsar;
    const QString server = m_server.displayUrl();
    // Before 3.0 there is no /csars/check. The path then matches GET/DELETE /csars/{id}, so
    // Spring raises "Request method 'POST' not supported", which A4C's catch-all handler turns
    // into a 500 (inferred from RestTechnicalExceptionHandler, not seen on a live 1.4); a
    // proxy or another setup may answer 404 or 405 instead.
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    const bool methodRefused = response.status == 500
                               && envelope.errorMessage().contains(QLatin1String("'POST'"))
                               && envelope.errorMessage().contains(QLatin1String("not supported"));
    if (checkOnly && (response.status == 404 || response.status == 405 || methodRefused)) {
        finish(reply,
               Alien4CloudError(Kind::NotSupported,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "Alien4Cloud at %1 cannot check an "
                                                            "archive without importing it (that "
                                                            "needs Alien4Cloud 3.0 or later); "
                                                            "the check is skipped.")
                                    .arg(server),
                                response.status));
        return;
    }

    Alien4CloudCsarResult result;
    result.checkOnly = checkOnly;
    // Upload outcomes come with HTTP 200 whatever happened; a 409 is accepted too in case a
    // version maps AlreadyExistException through the generic handler.
    const bool answered
        = (isSuccess(response.status) || response.status == 409) && envelope.isEnvelope();
    const bool shaped = answered
                        && (Alien4CloudCsarResult::fromJson(envelope.data(), &result)
                            || (envelope.hasError() && envelope.data().isNull()));
    if (!shaped) {
        if (answered && !envelope.hasError()) {
            finish(
                reply,
                Alien4CloudError(Kind::MalformedResponse,
                                 QCoreApplication::translate("Alien4Cloud",
                                                             "Alien4Cloud at %1 answered "
                                                             "with JSON of an unexpected "
                                                             "shape (HTTP %2) while %3: "
                                                             "no upload result. Check that "
                                                             "%1 is an Alien4Cloud server "
                                                             "of a supported version (1.4 "
                                                             "to 3.x).")
                                     .arg(server, QString::number(response.status), reply->m_what),
                                 response.status));
            return;
        }
        finish(reply, unexpectedAnswer(reply, response));
        return;
    }

    result.errorCode = envelope.hasError() ? envelope.errorCode() : 0;
    result.saved = !checkOnly && !envelope.hasError();
    reply->m_data = envelope.data();
    reply->m_csarResult = result;
    if (!envelope.hasError()) {
        finish(reply);
        return;
    }

    const QString fileName = reply->m_uploadFileName;
    const Alien4CloudParsingError *firstError = result.first(Severity::Error);
    const QString firstText
        = firstError ? firstError->toString() : orNoDetails(envelope.errorMessage());
    const int errorCount = result.count(Severity::Error);
    QString message;
    switch (result.errorCode) {
    case CsarParsingErrorCode:
        // No %n plural: without a translation loaded Qt would print "error(s)".
        message = checkOnly ? QCoreApplication::translate("Alien4Cloud",
                                                          "Alien4Cloud found errors in '%1' "
                                                          "(%2). First: %3")
                                  .arg(fileName, QString::number(errorCount), firstText)
                            : QCoreApplication::translate("Alien4Cloud",
                                                          "Alien4Cloud did not import '%1' "
                                                          "(errors found: %2). First: %3")
                                  .arg(fileName, QString::number(errorCount), firstText);
        break;
    case CsarInvalidCode: {
        QString reason = orNoDetails(envelope.errorMessage());
        if (firstError)
            reason = firstError->problem.isEmpty() ? firstError->toString() : firstError->problem;
        message = QCoreApplication::translate("Alien4Cloud",
                                              "Alien4Cloud cannot read '%1' as a CSAR: %2")
                      .arg(fileName, reason);
        break;
    }
    case AlreadyExistCode:
        if (result.hasCode(QStringLiteral("CSAR_ALREADY_EXISTS"))) {
            message = QCoreApplication::translate("Alien4Cloud",
                                                  "Alien4Cloud already has %1 with different "
                                                  "content, and a released version cannot be "
                                                  "replaced. Give the archive a new version, or "
                                                  "use a -SNAPSHOT version while it still "
                                                  "changes.")
                          .arg(result.csarId.isEmpty()
                                   ? QLatin1Char('\'') + fileName + QLatin1Char('\'')
                                   : result.csarId);
            break;
        }
        Q_FALLTHROUGH();
    default:
        message
            = QCoreApplication::translate("Alien4Cloud", "Alien4Cloud refused '%1' (error %2): %3")
                  .arg(fileName, QString::number(result.errorCode), firstText);
        break;
    }
    finish(
        reply,
        Alien4CloudError(
            Kind::Rejected, message, response.status, result.errorCode, envelope.errorMessage()));
}

void Alien4CloudClient::interpretApplication(Alien4CloudReply *reply, const Response &response)
{
    const QString server = m_server.displayUrl();
    const Alien4CloudEnvelope envelope = Alien4CloudEnvelope::parse(response.body);
    const int code = envelope.errorCode();
    if (envelope.isEnvelope() && isSuccess(response.status)
        && (!envelope.hasError() || code == ApplicationVersionExistsCode)) {
        reply->m_data = envelope.data();
        reply->m_applicationId = envelope.data().toString();
        if (reply->m_applicationId.isEmpty())
            reply->m_applicationId = reply->m_archiveName;
        if (code == ApplicationVersionExistsCode) {
            reply->m_notice = QCoreApplication::translate("Alien4Cloud",
                                                          "Application '%1' was created, but "
                                                          "Alien4Cloud reports that a version "
                                                          "of its archive '%2' already existed "
                                                          "(error 615): %3")
                                  .arg(reply->m_applicationName,
                                       reply->m_archiveName,
                                       orNoDetails(envelope.errorMessage()));
        }
        finish(reply);
        return;
    }
    if (envelope.isEnvelope() && (response.status == 409 || code == AlreadyExistCode)) {
        finish(reply,
               Alien4CloudError(Kind::Rejected,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "An application named '%1' or with "
                                                            "the id '%2' already exists on "
                                                            "Alien4Cloud at %3. Choose another "
                                                            "name.")
                                    .arg(reply->m_applicationName, reply->m_archiveName, server),
                                response.status,
                                code,
                                envelope.errorMessage()));
        return;
    }
    if (envelope.isEnvelope() && code == InvalidNameCode) {
        finish(reply,
               Alien4CloudError(
                   Kind::Rejected,
                   QCoreApplication::translate("Alien4Cloud",
                                               "Alien4Cloud at %1 refused the "
                                               "application id '%2' (error 618: "
                                               "%3). Use only letters, digits and "
                                               "'_'.")
                       .arg(server, reply->m_archiveName, orNoDetails(envelope.errorMessage())),
                   response.status,
                   code,
                   envelope.errorMessage()));
        return;
    }
    if (envelope.isEnvelope() && (response.status == 404 || code == NotFoundCode)) {
        finish(reply,
               Alien4CloudError(Kind::NotFound,
                                QCoreApplication::translate("Alien4Cloud",
                                                            "The topology template %1 is not in "
                                                            "the catalog of Alien4Cloud at %2. "
                                                            "Upload its archive first.")
                                    .arg(reply->m_templateId, server),
                                response.status,
                                code,
                                envelope.errorMessage()));
        return;
    }
    finish(reply, unexpectedAnswer(reply, response));
}

} // namespace Topologist
