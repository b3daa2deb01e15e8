// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudclient.h"

#include "alien4cloud/alien4cloudanswererrors.h"
#include "alien4cloud/alien4cloudapplicationinterpreter.h"
#include "alien4cloud/alien4cloudcall.h"
#include "alien4cloud/alien4cloudcsarexistsinterpreter.h"
#include "alien4cloud/alien4cloudcsarinterpreter.h"
#include "alien4cloud/alien4clouderrors.h"
#include "alien4cloud/alien4cloudhealthinterpreter.h"
#include "alien4cloud/alien4cloudsession.h"
#include "alien4cloud/alien4cloudversioninterpreter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVersionNumber>

namespace Topologist {

namespace {

using Operation = Alien4CloudReply::Operation;

/// Reads the call's answer with `interpreter` into the reply's result, then ends the call.
template<typename Interpreter>
void readWith(Alien4CloudSession *session, Alien4CloudCall *call, const Interpreter &interpreter)
{
    call->interpret = [session, call, interpreter](const Alien4CloudResponse &response) {
        const typename Interpreter::Result read = interpreter.read(response);
        Alien4CloudResult result;
        read.storeIn(&result);
        call->setResult(result);
        session->finish(call, read.error);
    };
}

QString pathSegment(const QString &text)
{
    // A4C maps ids with {id:.+}, so the colon of name:version goes through unencoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral(":")));
}

} // namespace

Alien4CloudClient::Alien4CloudClient(const Alien4CloudServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_session(new Alien4CloudSession(server, this))
{
    connect(
        m_session, &Alien4CloudSession::sessionChanged, this, &Alien4CloudClient::sessionChanged);
    connect(
        m_session, &Alien4CloudSession::sessionRenewed, this, &Alien4CloudClient::sessionRenewed);
}

Alien4CloudClient::~Alien4CloudClient() = default;

bool Alien4CloudClient::hasSession() const
{
    return m_session->hasSession();
}

Alien4CloudReply *Alien4CloudClient::login(const QString &password)
{
    return m_session->login(password);
}

Alien4CloudReply *Alien4CloudClient::logout()
{
    return m_session->logout();
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

Alien4CloudCall *Alien4CloudClient::createCall(Operation operation, const QString &what)
{
    return m_session->createCall(operation, what);
}

Alien4CloudReply *Alien4CloudClient::probeHealth()
{
    auto *call
        = createCall(Operation::ProbeHealth,
                     QCoreApplication::translate("Alien4Cloud", "checking the server health"));
    call->exchange.method = QByteArrayLiteral("GET");
    call->exchange.path = QStringLiteral("/rest/admin/health");
    call->exchange.needsSession = false;
    readWith(m_session, call, Alien4CloudHealthInterpreter(answerErrors(call)));
    m_session->send(call);
    return call;
}

Alien4CloudReply *Alien4CloudClient::serverVersion()
{
    auto *call
        = createCall(Operation::ServerVersion,
                     QCoreApplication::translate("Alien4Cloud", "reading the server version"));
    call->exchange.method = QByteArrayLiteral("GET");
    call->exchange.path = QStringLiteral("/version.json");
    call->exchange.needsSession = false;
    readWith(m_session, call, Alien4CloudVersionInterpreter(answerErrors(call)));
    // Set before the caller's slots run, so they find it.
    connect(call, &Alien4CloudReply::finished, this, [this, call] {
        if (!call->hasError())
            m_knownVersion = call->serverVersion();
    });
    m_session->send(call);
    return call;
}

Alien4CloudReply *Alien4CloudClient::csarExists(const QString &name, const QString &version)
{
    const QString id = name + QLatin1Char(':') + version;
    auto *call
        = createCall(Operation::CsarExists,
                     QCoreApplication::translate("Alien4Cloud", "looking up archive %1").arg(id));
    call->exchange.method = QByteArrayLiteral("GET");
    call->exchange.path = QStringLiteral("/rest/latest/csars/") + pathSegment(id);
    readWith(m_session, call, Alien4CloudCsarExistsInterpreter(answerErrors(call)));
    m_session->send(call);
    return call;
}

Alien4CloudCall *Alien4CloudClient::createUpload(bool checkOnly,
                                                 const QString &filePath,
                                                 const QByteArray &content,
                                                 const QString &fileName)
{
    const QString what = checkOnly ? QCoreApplication::translate("Alien4Cloud", "checking '%1'")
                                   : QCoreApplication::translate("Alien4Cloud", "uploading '%1'");
    auto *call
        = createCall(checkOnly ? Operation::CheckCsar : Operation::UploadCsar, what.arg(fileName));
    call->exchange.uploadFilePath = filePath;
    call->exchange.body = content;
    call->exchange.uploadFileName = fileName;
    call->exchange.method = QByteArrayLiteral("POST");
    call->exchange.path = checkOnly ? QStringLiteral("/rest/latest/csars/check")
                                    : QStringLiteral("/rest/latest/csars");
    call->exchange.upload = true;
    // The result says which it was even when no answer came.
    Alien4CloudResult pending;
    pending.csar.checkOnly = checkOnly;
    call->setResult(pending);
    readWith(m_session, call, Alien4CloudCsarInterpreter(answerErrors(call), checkOnly, fileName));

    if (!filePath.isEmpty()) {
        const QFileInfo info(filePath);
        if (!info.isFile() || !info.isReadable()) {
            m_session->finishLater(call, errors(call).archiveMissing(filePath));
            return call;
        }
    }
    const QVersionNumber version = QVersionNumber::fromString(m_knownVersion);
    if (checkOnly && !version.isNull() && version.majorVersion() < 3) {
        m_session->finishLater(call, errors(call).checkNeedsVersion3(m_knownVersion));
        return call;
    }
    m_session->send(call);
    return call;
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
    auto *call = createCall(
        Operation::CreateApplication,
        QCoreApplication::translate("Alien4Cloud", "creating application '%1'").arg(name));

    const Alien4CloudErrors errors = this->errors(call);
    Alien4CloudError problem;
    if (!isValidApplicationName(name))
        problem = errors.invalidApplicationName(name);
    else if (!isValidArchiveName(archiveName))
        problem = errors.invalidApplicationId(archiveName);
    else if (topologyTemplateVersionId.isEmpty())
        problem = errors.noTopologyTemplate(name);
    if (problem.isError()) {
        m_session->finishLater(call, problem);
        return call;
    }

    QJsonObject body;
    body.insert(QStringLiteral("name"), name);
    body.insert(QStringLiteral("archiveName"), archiveName);
    body.insert(QStringLiteral("description"), description);
    body.insert(QStringLiteral("topologyTemplateVersionId"), topologyTemplateVersionId);
    call->exchange.method = QByteArrayLiteral("POST");
    call->exchange.path = QStringLiteral("/rest/latest/applications");
    call->exchange.contentType = QByteArrayLiteral("application/json");
    call->exchange.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    readWith(m_session,
             call,
             Alien4CloudApplicationInterpreter(
                 answerErrors(call), name, archiveName, topologyTemplateVersionId));
    m_session->send(call);
    return call;
}

Alien4CloudErrors Alien4CloudClient::errors(const Alien4CloudCall *call) const
{
    return Alien4CloudErrors(m_server, call->what());
}

Alien4CloudAnswerErrors Alien4CloudClient::answerErrors(const Alien4CloudCall *call) const
{
    return Alien4CloudAnswerErrors(m_server, call->what());
}

} // namespace Topologist
