// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakealien4cloudserver.h"

#include "fakecsarscan.h"
#include "fakehttpconnection.h"
#include "fakehttprequest.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslSocket>

namespace Topologist::Test {

namespace {

using Headers = FakeHttpConnection::Headers;

const Headers JsonHeaders{{"Content-Type", "application/json;charset=UTF-8"}};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A4C's RestResponse. code < 0: "error": null; message null when empty.
QByteArray envelope(const QJsonValue &data, int code = -1, const QString &message = QString())
{
    QJsonObject object;
    object.insert(QStringLiteral("data"), data);
    if (code < 0) {
        object.insert(QStringLiteral("error"), QJsonValue::Null);
    } else {
        QJsonObject error;
        error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("message"),
                     message.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(message));
        object.insert(QStringLiteral("error"), error);
    }
    return json(object);
}

QJsonObject mark(int line, int column)
{
    return QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}};
}

QJsonObject parsingError(const QString &level,
                         const QString &code,
                         const QJsonValue &context,
                         const FakeCsarScan::Mark *at,
                         const QString &problem,
                         const QJsonValue &note)
{
    QJsonObject error;
    error.insert(QStringLiteral("errorLevel"), level);
    error.insert(QStringLiteral("errorCode"), code);
    error.insert(QStringLiteral("context"), context);
    error.insert(QStringLiteral("startMark"),
                 at ? QJsonValue(mark(at->line, at->column)) : QJsonValue(QJsonValue::Null));
    error.insert(QStringLiteral("problem"), problem);
    error.insert(QStringLiteral("endMark"),
                 at ? QJsonValue(mark(at->line, at->endColumn)) : QJsonValue(QJsonValue::Null));
    error.insert(QStringLiteral("note"), note);
    return error;
}

bool isSnapshot(const QString &version)
{
    return version.contains(QLatin1String("-SNAPSHOT"), Qt::CaseInsensitive);
}

bool isPrimitive(const QString &type)
{
    static const QSet<QString> primitives{QStringLiteral("string"),
                                          QStringLiteral("integer"),
                                          QStringLiteral("float"),
                                          QStringLiteral("boolean"),
                                          QStringLiteral("timestamp"),
                                          QStringLiteral("version"),
                                          QStringLiteral("range"),
                                          QStringLiteral("list"),
                                          QStringLiteral("map")};
    return primitives.contains(type) || type.startsWith(QLatin1String("scalar-unit."));
}

/// /rest/X, /rest/v1/X and /rest/latest/X are the same controller in A4C.
QString restResource(const QString &path)
{
    for (const QLatin1String prefix :
         {QLatin1String("/rest/latest/"), QLatin1String("/rest/v1/"), QLatin1String("/rest/")}) {
        if (path.startsWith(prefix))
            return path.mid(prefix.size());
    }
    return QString();
}

} // namespace

FakeAlien4CloudServer::FakeAlien4CloudServer(QObject *parent)
    : QTcpServer(parent)
{
    addUser(QStringLiteral("admin"), QStringLiteral("admin"));
}

FakeAlien4CloudServer::~FakeAlien4CloudServer() = default;

QString FakeAlien4CloudServer::certificatePath()
{
    return dataPath(QStringLiteral("tls/fake-a4c-cert.pem"));
}

bool FakeAlien4CloudServer::start(Transport transport)
{
    m_tls = transport == Transport::Tls;
    if (m_tls) {
        QFile certificate(certificatePath());
        QFile key(dataPath(QStringLiteral("tls/fake-a4c-key.pem")));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        m_certificate = QSslCertificate(&certificate, QSsl::Pem);
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        if (m_certificate.isNull() || m_key.isNull() || !QSslSocket::supportsSsl())
            return false;
    }
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FakeAlien4CloudServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

bool FakeAlien4CloudServer::supportsCsarCheck() const
{
    return m_version.section(QLatin1Char('.'), 0, 0).toInt() >= 3
           || m_version == QLatin1String("dev-version");
}

void FakeAlien4CloudServer::addUser(const QString &user, const QString &password)
{
    m_users.insert(user, password);
}

void FakeAlien4CloudServer::addMarathonDependencies()
{
    addCsar(QStringLiteral("tosca-normative-types"), QStringLiteral("1.0.0-ALIEN14"));
    addCsar(QStringLiteral("docker-engine-type"),
            QStringLiteral("1.4.0-SNAPSHOT"),
            {QStringLiteral("org.alien4cloud.nodes.DockerEngine")});
    addCsar(QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT"));
}

void FakeAlien4CloudServer::addCsar(const QString &name,
                                    const QString &version,
                                    const QStringList &types,
                                    bool hasTopology)
{
    CatalogEntry entry;
    entry.hash = QByteArrayLiteral("preloaded-") + name.toUtf8() + ':' + version.toUtf8();
    entry.types = QSet<QString>(types.cbegin(), types.cend());
    entry.hasTopology = hasTopology;
    m_catalog.insert(name + QLatin1Char(':') + version, entry);
}

void FakeAlien4CloudServer::scriptUploadResult(const QString &uploadFileName,
                                               int errorCode,
                                               const QJsonObject &errorsByFile)
{
    m_scripted.insert(uploadFileName, ScriptedResult{errorCode, errorsByFile});
}

void FakeAlien4CloudServer::addApplication(const QString &id, const QString &name)
{
    m_applications.insert(id, name);
}

void FakeAlien4CloudServer::injectFault(const QString &pathPrefix, Fault fault, int times)
{
    m_faults.append(FaultRule{pathPrefix, fault, times});
}

int FakeAlien4CloudServer::requestCount(const QString &methodAndPath) const
{
    return int(m_log.count(methodAndPath));
}

void FakeAlien4CloudServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    auto *connection = new FakeHttpConnection(socket, this);
    connect(connection, &FakeHttpConnection::headersReceived, this, &FakeAlien4CloudServer::onHead);
    connect(
        connection, &FakeHttpConnection::requestReceived, this, &FakeAlien4CloudServer::onRequest);
    connect(connection, &FakeHttpConnection::closed, connection, &QObject::deleteLater);
}

bool FakeAlien4CloudServer::takeFault(const QString &path, bool atHead, Fault *fault)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        const bool headFault = rule.fault == Fault::DropMidUpload || rule.fault == Fault::Stall;
        if (headFault != atHead || !path.startsWith(rule.prefix))
            continue;
        *fault = rule.fault;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void FakeAlien4CloudServer::onHead(FakeHttpConnection *connection, const FakeHttpRequest &request)
{
    emit requestStarted(QString::fromLatin1(request.method), request.path);
    Fault fault;
    if (!takeFault(request.path, true, &fault))
        return;
    if (fault == Fault::Stall)
        connection->stall();
    else
        connection->dropAfterBodyBytes(DropAfterBytes);
}

void FakeAlien4CloudServer::answerFault(FakeHttpConnection *connection, Fault fault)
{
    switch (fault) {
    case Fault::InternalError:
        connection->respond(500,
                            JsonHeaders,
                            envelope(QStringLiteral("java.lang.NullPointerException\n\tat fake"),
                                     500,
                                     QStringLiteral("java.lang.NullPointerException: fake "
                                                    "failure")));
        return;
    case Fault::NotJson:
        connection->respond(200,
                            {{"Content-Type", "text/html"}},
                            "<html><body><h1>Welcome to nginx!</h1></body></html>");
        return;
    case Fault::TruncatedJson:
        connection->respond(200, JsonHeaders, R"({"data":{"csar":{"id":"mesos-types:1.4)");
        return;
    case Fault::WrongEnvelope:
        connection->respond(200, JsonHeaders, R"({"status":"ok","result":[1,2,3]})");
        return;
    case Fault::NoRights:
        connection->respond(403,
                            JsonHeaders,
                            envelope(QJsonValue::Null,
                                     102,
                                     QStringLiteral("Current user has no sufficient rights.")));
        return;
    case Fault::InvalidName:
        connection->respond(
            400,
            JsonHeaders,
            envelope(QJsonValue::Null, 618, QStringLiteral("Name contains forbidden characters.")));
        return;
    case Fault::Flood:
        connect(connection, &FakeHttpConnection::streamed, this, [this](qint64 bytes) {
            m_streamedBytes += bytes;
        });
        connection->streamEndlessly(QByteArray(64 * 1024, ' '), 1, FloodLimitBytes);
        return;
    case Fault::Trickle:
        connect(connection, &FakeHttpConnection::streamed, this, [this](qint64 bytes) {
            m_streamedBytes += bytes;
        });
        connection->streamEndlessly(QByteArray(" "), 20, TrickleLimitBytes);
        return;
    case Fault::DropMidUpload:
    case Fault::Stall:
        return;
    }
}

bool FakeAlien4CloudServer::hasSession(const FakeHttpRequest &request) const
{
    return !m_rejectSessions && m_sessions.contains(request.cookie("JSESSIONID"));
}

void FakeAlien4CloudServer::onRequest(FakeHttpConnection *connection,
                                      const FakeHttpRequest &request)
{
    const QString method = QString::fromLatin1(request.method);
    m_log.append(method + QLatin1Char(' ') + request.path);

    Fault fault;
    if (takeFault(request.path, false, &fault)) {
        answerFault(connection, fault);
        return;
    }

    const QString &path = request.path;
    if (path == QLatin1String("/login")) {
        login(connection, request);
        return;
    }
    if (path == QLatin1String("/logout")) {
        logout(connection, request);
        return;
    }
    if (path == QLatin1String("/rest/admin/health")) {
        const QJsonObject status{
            {QStringLiteral("status"), m_healthy ? QStringLiteral("UP") : QStringLiteral("DOWN")}};
        connection->respond(m_healthy ? 200 : 503, JsonHeaders, json(status));
        return;
    }
    if (path == QLatin1String("/version.json")) {
        connection->respond(200, JsonHeaders, json({{QStringLiteral("version"), m_version}}));
        return;
    }

    const QString resource = restResource(path);
    if (resource == QLatin1String("auth/status")) {
        authStatus(connection, request);
        return;
    }
    if (resource == QLatin1String("auth/authenticationfailed")) {
        connection->respond(401,
                            JsonHeaders,
                            envelope(QJsonValue::Null,
                                     101,
                                     QStringLiteral("Authentication failed, check username and "
                                                    "password.")));
        return;
    }
    if (resource.isEmpty()) {
        // Spring Boot's error page, as for any unknown path.
        connection->respond(404,
                            JsonHeaders,
                            json({{QStringLiteral("status"), 404},
                                  {QStringLiteral("error"), QStringLiteral("Not Found")},
                                  {QStringLiteral("path"), path}}));
        return;
    }
    if (!hasSession(request)) {
        connection->respond(
            403,
            JsonHeaders,
            envelope(QJsonValue::Null,
                     100,
                     QStringLiteral("Authentication required for this request : ")));
        return;
    }

    if (resource == QLatin1String("csars") && request.method == "POST") {
        upload(connection, request, false);
    } else if (resource == QLatin1String("csars/check") && request.method == "POST") {
        if (supportsCsarCheck()) {
            upload(connection, request, true);
        } else {
            // Before 3.0 the path matches GET/DELETE /csars/{id}; Spring's
            // HttpRequestMethodNotSupportedException ends in A4C's catch-all handler.
            connection->respond(500,
                                JsonHeaders,
                                envelope(QStringLiteral("org.springframework.web."
                                                        "HttpRequestMethodNotSupportedException"),
                                         500,
                                         QStringLiteral("Request method 'POST' not supported")));
        }
    } else if (resource.startsWith(QLatin1String("csars/")) && request.method == "GET") {
        getCsar(connection, resource.mid(6));
    } else if (resource == QLatin1String("applications") && request.method == "POST") {
        createApplication(connection, request);
    } else {
        connection->respond(404,
                            JsonHeaders,
                            json({{QStringLiteral("status"), 404},
                                  {QStringLiteral("error"), QStringLiteral("Not Found")},
                                  {QStringLiteral("path"), path}}));
    }
}

void FakeAlien4CloudServer::login(FakeHttpConnection *connection, const FakeHttpRequest &request)
{
    if (request.method != "POST") {
        connection->respond(405, JsonHeaders, "{}");
        return;
    }
    const QMap<QString, QString> form = request.formFields();
    const QString user = form.value(QStringLiteral("username"));
    const bool accepted = !m_refuseLogins && m_users.contains(user)
                          && m_users.value(user) == form.value(QStringLiteral("password"));
    // 3.x redirects to an absolute URL with the context path; the 1.x variant answers with a
    // relative one, so the client is exercised on both forms.
    const QByteArray prefix = supportsCsarCheck() ? baseUrl().toString().toLatin1() : QByteArray();
    if (!accepted) {
        ++m_failedLogins;
        connection->respond(302, {{"Location", prefix + "/rest/auth/authenticationfailed"}}, {});
        return;
    }
    ++m_successfulLogins;
    // Session fixation protection: a new id at every login.
    const QByteArray session
        = QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper();
    m_sessions.insert(session);
    connection->respond(302,
                        {{"Location", prefix + m_loginSuccessPath},
                         {"Set-Cookie", "JSESSIONID=" + session + "; Path=/; HttpOnly"}},
                        {});
}

void FakeAlien4CloudServer::logout(FakeHttpConnection *connection, const FakeHttpRequest &request)
{
    m_sessions.remove(request.cookie("JSESSIONID"));
    connection->respond(
        302,
        {{"Location", "/"},
         {"Set-Cookie", "JSESSIONID=; Path=/; Max-Age=0; Expires=Thu, 01-Jan-1970 00:00:00 GMT"}},
        {});
}

void FakeAlien4CloudServer::authStatus(FakeHttpConnection *connection,
                                       const FakeHttpRequest &request)
{
    const bool logged = hasSession(request);
    QJsonObject status;
    status.insert(QStringLiteral("isLogged"), logged);
    status.insert(QStringLiteral("username"),
                  logged ? QStringLiteral("admin") : QStringLiteral("anonymousUser"));
    status.insert(QStringLiteral("roles"),
                  QJsonArray{logged ? QStringLiteral("ADMIN") : QStringLiteral("ROLE_ANONYMOUS")});
    status.insert(QStringLiteral("authSystem"), QStringLiteral("alien"));
    connection->respond(200, JsonHeaders, envelope(status));
}

bool FakeAlien4CloudServer::typeIsProvided(const QString &type,
                                           const QStringList &presentDependencies) const
{
    for (const QString &dependency : presentDependencies) {
        const CatalogEntry entry = m_catalog.value(dependency);
        if (entry.types.contains(type))
            return true;
        if (dependency.startsWith(QLatin1String("tosca-normative-types:"))
            && type.startsWith(QLatin1String("tosca.")))
            return true;
    }
    return false;
}

void FakeAlien4CloudServer::upload(FakeHttpConnection *connection,
                                   const FakeHttpRequest &request,
                                   bool checkOnly)
{
    const QList<FakeHttpRequest::Part> parts = request.multipartParts();
    const FakeHttpRequest::Part *file = nullptr;
    for (const FakeHttpRequest::Part &part : parts) {
        if (part.name == "file")
            file = &part;
    }
    if (!file) {
        // 1.4 and 2.x bind @RequestParam("file"): the catch-all handler answers.
        connection->respond(500,
                            JsonHeaders,
                            envelope(QJsonValue::Null,
                                     500,
                                     QStringLiteral("Required request part 'file' is not "
                                                    "present")));
        return;
    }
    const QString uploadName = file->fileName;
    m_lastUploadFileName = uploadName;

    if (m_scripted.contains(uploadName)) {
        const ScriptedResult scripted = m_scripted.take(uploadName);
        const QJsonObject data{{QStringLiteral("csar"), QJsonValue::Null},
                               {QStringLiteral("errors"), scripted.errors}};
        connection->respond(
            200, JsonHeaders, envelope(data, scripted.errorCode > 0 ? scripted.errorCode : -1));
        return;
    }

    const FakeCsarScan scan = FakeCsarScan::scan(file->content);
    auto fatal = [&](const QString &code, const QString &problem) {
        const QJsonObject errors{{uploadName,
                                  QJsonArray{parsingError(QStringLiteral("ERROR"),
                                                          code,
                                                          QJsonValue::Null,
                                                          nullptr,
                                                          problem,
                                                          QJsonValue::Null)}}};
        connection->respond(200,
                            JsonHeaders,
                            envelope(QJsonObject{{QStringLiteral("csar"), QJsonValue::Null},
                                                 {QStringLiteral("errors"), errors}},
                                     201));
    };
    if (!scan.isZip) {
        fatal(QStringLiteral("ERRONEOUS_ARCHIVE_FILE"),
              QStringLiteral("File is not in good format, only zip file is supported "));
        return;
    }
    if (scan.rootYamlFiles.size() != 1) {
        fatal(QStringLiteral("SINGLE_DEFINITION_SUPPORTED"),
              QStringLiteral("Alien only supports archives with a single root definition."));
        return;
    }

    const QString name
        = scan.name.isEmpty() ? scan.yamlFile.section(QLatin1Char('.'), 0, 0) : scan.name;
    const QString version = scan.version.isEmpty() ? QStringLiteral("undefined") : scan.version;
    const QString id = name + QLatin1Char(':') + version;

    QJsonArray entries;
    QStringList present;
    QJsonArray dependencies;
    for (const FakeCsarScan::Mark &import : scan.imports) {
        if (m_catalog.contains(import.value)) {
            present.append(import.value);
            dependencies.append(QJsonObject{
                {QStringLiteral("name"), import.value.section(QLatin1Char(':'), 0, 0)},
                {QStringLiteral("version"), import.value.section(QLatin1Char(':'), 1)}});
            continue;
        }
        entries.append(parsingError(QStringLiteral("WARNING"),
                                    QStringLiteral("MISSING_DEPENDENCY"),
                                    QStringLiteral("Import definition is not valid"),
                                    &import,
                                    QStringLiteral("Specified dependency is not found in Alien 4 "
                                                   "Cloud repository."),
                                    import.value));
    }
    if (present.size() != scan.imports.size()) {
        for (const FakeCsarScan::Mark &reference : scan.typeReferences) {
            if (isPrimitive(reference.value) || scan.declaredTypes.contains(reference.value)
                || typeIsProvided(reference.value, present))
                continue;
            entries.append(parsingError(QStringLiteral("ERROR"),
                                        QStringLiteral("TYPE_NOT_FOUND"),
                                        QStringLiteral("Type not found"),
                                        &reference,
                                        QStringLiteral("The referenced type is not found neither "
                                                       "in the archive or it's dependencies."),
                                        reference.value));
        }
    }
    if (scan.hasTopology) {
        entries.append(parsingError(QStringLiteral("INFO"),
                                    QStringLiteral("TOPOLOGY_DETECTED"),
                                    QStringLiteral("Topology detected"),
                                    nullptr,
                                    QStringLiteral("A topology template has been detected and "
                                                   "will be imported."),
                                    id));
    }

    QJsonObject csar{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("workspace"), QStringLiteral("ALIEN_GLOBAL_WORKSPACE")},
                     {QStringLiteral("hash"), QString::fromLatin1(scan.contentHash)},
                     {QStringLiteral("yamlFilePath"), scan.yamlFile},
                     {QStringLiteral("toscaDefinitionsVersion"), QStringLiteral("alien_dsl_1_4_0")},
                     {QStringLiteral("dependencies"), dependencies},
                     {QStringLiteral("importSource"), QStringLiteral("UPLOAD")},
                     {QStringLiteral("hasTopology"), scan.hasTopology}};

    bool hasError = false;
    for (const QJsonValue &entry : std::as_const(entries))
        hasError
            = hasError
              || entry.toObject().value(QStringLiteral("errorLevel")) == QLatin1String("ERROR");
    auto answer = [&](const QJsonValue &csarValue, const QJsonArray &list, int code) {
        QJsonObject errors;
        if (!list.isEmpty())
            errors.insert(scan.yamlFile, list);
        connection->respond(200,
                            JsonHeaders,
                            envelope(QJsonObject{{QStringLiteral("csar"), csarValue},
                                                 {QStringLiteral("errors"), errors}},
                                     code));
    };
    if (hasError) {
        answer(csar, entries, 200);
        return;
    }
    if (checkOnly) {
        answer(csar, entries, -1);
        return;
    }

    if (m_catalog.contains(id)) {
        const CatalogEntry existing = m_catalog.value(id);
        if (existing.hash == scan.contentHash) {
            entries.append(parsingError(QStringLiteral("INFO"),
                                        QStringLiteral("CSAR_ALREADY_INDEXED"),
                                        QStringLiteral("CSAR already indexed"),
                                        nullptr,
                                        QStringLiteral("This archive has already been indexed, "
                                                       "nothing has been changed."),
                                        id));
            answer(csar, entries, -1);
            return;
        }
        if (!isSnapshot(version)) {
            answer(QJsonValue::Null,
                   QJsonArray{parsingError(QStringLiteral("ERROR"),
                                           QStringLiteral("CSAR_ALREADY_EXISTS"),
                                           QStringLiteral("CSAR already exists"),
                                           nullptr,
                                           QStringLiteral("Unable to override an existing CSAR if "
                                                          "the version is not a SNAPSHOT "
                                                          "version."),
                                           QJsonValue::Null)},
                   502);
            return;
        }
    }
    CatalogEntry entry;
    entry.hash = scan.contentHash;
    entry.types = scan.declaredTypes;
    entry.hasTopology = scan.hasTopology;
    m_catalog.insert(id, entry);
    answer(csar, entries, -1);
}

void FakeAlien4CloudServer::getCsar(FakeHttpConnection *connection, const QString &id)
{
    if (!m_catalog.contains(id)) {
        connection->respond(404,
                            JsonHeaders,
                            envelope(QJsonValue::Null,
                                     504,
                                     QStringLiteral("Csar with id [%1] do not exist").arg(id)));
        return;
    }
    const QJsonObject csar{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), id.section(QLatin1Char(':'), 0, 0)},
                           {QStringLiteral("version"), id.section(QLatin1Char(':'), 1)},
                           {QStringLiteral("hash"), QString::fromLatin1(m_catalog.value(id).hash)}};
    connection->respond(200,
                        JsonHeaders,
                        envelope(QJsonObject{{QStringLiteral("csar"), csar},
                                             {QStringLiteral("relatedResources"), QJsonArray()}}));
}

void FakeAlien4CloudServer::createApplication(FakeHttpConnection *connection,
                                              const FakeHttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    const QString archiveName = body.value(QStringLiteral("archiveName")).toString();
    const QString templateId = body.value(QStringLiteral("topologyTemplateVersionId")).toString();

    static const QRegularExpression word(QStringLiteral("^\\w+$"));
    if (!word.match(archiveName).hasMatch()) {
        connection->respond(400,
                            JsonHeaders,
                            envelope(QJsonValue::Null,
                                     618,
                                     QStringLiteral("Application id <%1> contains forbidden "
                                                    "characters.")
                                         .arg(archiveName)));
        return;
    }
    bool nameTaken = false;
    for (const QString &existing : std::as_const(m_applications))
        nameTaken = nameTaken || existing == name;
    if (m_applications.contains(archiveName) || nameTaken) {
        connection->respond(
            409,
            JsonHeaders,
            envelope(QJsonValue::Null, 502, QStringLiteral("The posted object already exist.")));
        return;
    }
    if (!m_catalog.contains(templateId)) {
        connection->respond(
            404,
            JsonHeaders,
            envelope(QJsonValue::Null,
                     504,
                     QStringLiteral("Topology with id [%1] do not exist").arg(templateId)));
        return;
    }
    m_applications.insert(archiveName, name);
    const QString archiveId = archiveName + QStringLiteral(":0.1.0-SNAPSHOT");
    if (m_catalog.contains(archiveId)) {
        connection->respond(
            201,
            JsonHeaders,
            envelope(
                archiveName, 615, QStringLiteral("Archive <%1> already exists.").arg(archiveId)));
        return;
    }
    CatalogEntry entry;
    entry.hash = m_catalog.value(templateId).hash;
    entry.hasTopology = true;
    m_catalog.insert(archiveId, entry);
    connection->respond(201, JsonHeaders, envelope(archiveName));
}

} // namespace Topologist::Test
