// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace Topologist::Test {

class FakeHttpConnection;
struct FakeHttpRequest;

/// An in-process stand-in for Alien4Cloud, listening on 127.0.0.1 (plain HTTP or TLS with the
/// committed test certificate), that answers as shared/reference/alien4cloud-api.md describes
/// A4C 1.4 to 3.x: form login with 302 redirects and JSESSIONID sessions, health and version, the
/// CSAR catalog (identical re-upload, release conflict, SNAPSHOT overwrite, missing dependencies),
/// /csars/check from 3.0 on, and application creation. Tests script parse errors, expire
/// sessions and inject faults (dropped connections, a server that hangs, 500s, garbage).
///
/// Signals: requestStarted(method, path) as soon as a request's head is read, before its body.
class FakeAlien4CloudServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Transport { Plain, Tls };
    enum class Fault {
        /// Drops the connection once 64 KiB of the request body arrived.
        DropMidUpload,
        /// Never answers, and stops reading the body.
        Stall,
        /// 500 with the envelope of A4C's catch-all exception handler.
        InternalError,
        /// 200 with an HTML page.
        NotJson,
        /// 200 with an envelope cut short.
        TruncatedJson,
        /// 200 with JSON that is not an envelope.
        WrongEnvelope,
        /// 403 code 102: the user lacks the role.
        NoRights,
        /// 400 code 618, as A4C's NameValidationUtils refuses a name.
        InvalidName,
        /// 200 whose body never ends: 64 KiB chunks as fast as the client reads, up to
        /// FloodLimitBytes.
        Flood,
        /// 200 whose body never ends: one byte every 20 ms, up to TrickleLimitBytes, so the
        /// connection is never silent for long.
        Trickle,
    };

    static constexpr qint64 DropAfterBytes = 64 * 1024;
    static constexpr qint64 FloodLimitBytes = 64ll * 1024 * 1024;
    static constexpr qint64 TrickleLimitBytes = 500;

    explicit FakeAlien4CloudServer(QObject *parent = nullptr);
    ~FakeAlien4CloudServer() override;

    bool start(Transport transport = Transport::Plain);
    /// http(s)://127.0.0.1:<port>
    QUrl baseUrl() const;
    /// The PEM certificate the TLS mode presents (self-signed, for 127.0.0.1 and localhost).
    static QString certificatePath();

    /// "3.0.0" by default; below 3 there is no /csars/check.
    void setVersion(const QString &version) { m_version = version; }
    QString version() const { return m_version; }
    bool supportsCsarCheck() const;

    /// "admin"/"admin" exists from the start, as in a fresh A4C.
    void addUser(const QString &user, const QString &password);
    void setRefuseLogins(bool refuse) { m_refuseLogins = refuse; }
    /// Where a successful login redirects; A4C sends a saved request's URL instead of
    /// /rest/auth/status when the session held one.
    void setLoginSuccessPath(const QByteArray &path) { m_loginSuccessPath = path; }
    /// Every session issued so far becomes unknown (answers 403, code 100).
    void expireSessions() { m_sessions.clear(); }
    /// Every session, even a fresh one, is refused: re-logging in does not help.
    void setRejectSessions(bool reject) { m_rejectSessions = reject; }
    void setHealthy(bool healthy) { m_healthy = healthy; }

    /// Puts an archive in the catalog as if uploaded earlier. `types` are the type names it
    /// provides (a "tosca-normative-types" archive provides every tosca.* type).
    void addCsar(const QString &name,
                 const QString &version,
                 const QStringList &types = {},
                 bool hasTopology = false);
    /// The three archives the bundled Marathon example imports.
    void addMarathonDependencies();
    bool hasCsar(const QString &id) const { return m_catalog.contains(id); }
    QByteArray csarHash(const QString &id) const { return m_catalog.value(id).hash; }
    int csarCount() const { return int(m_catalog.size()); }
    /// The next upload or check of a part with that file name gets this answer instead of the
    /// scan's: `errorsByFile` is A4C's `errors` map, errorCode 0 means no envelope error.
    void scriptUploadResult(const QString &uploadFileName,
                            int errorCode,
                            const QJsonObject &errorsByFile);

    void addApplication(const QString &id, const QString &name);
    bool hasApplication(const QString &id) const { return m_applications.contains(id); }

    /// The next `times` requests whose path starts with `pathPrefix` get `fault` (-1: all).
    void injectFault(const QString &pathPrefix, Fault fault, int times = 1);

    /// "POST /login", "GET /rest/latest/csars/x:1.0", ... in arrival order (complete requests).
    QStringList requestLog() const { return m_log; }
    int requestCount(const QString &methodAndPath) const;
    int successfulLogins() const { return m_successfulLogins; }
    int failedLogins() const { return m_failedLogins; }
    QString lastUploadFileName() const { return m_lastUploadFileName; }
    /// Body bytes sent by Flood and Trickle answers so far.
    qint64 streamedBytes() const { return m_streamedBytes; }

signals:
    void requestStarted(const QString &method, const QString &path);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct CatalogEntry
    {
        QByteArray hash;
        QSet<QString> types;
        bool hasTopology = false;
    };
    struct FaultRule
    {
        QString prefix;
        Fault fault;
        int remaining;
    };
    struct ScriptedResult
    {
        int errorCode = 0;
        QJsonObject errors;
    };

    bool takeFault(const QString &path, bool atHead, Fault *fault);
    void onHead(FakeHttpConnection *connection, const FakeHttpRequest &request);
    void onRequest(FakeHttpConnection *connection, const FakeHttpRequest &request);
    void answerFault(FakeHttpConnection *connection, Fault fault);
    void login(FakeHttpConnection *connection, const FakeHttpRequest &request);
    void logout(FakeHttpConnection *connection, const FakeHttpRequest &request);
    void authStatus(FakeHttpConnection *connection, const FakeHttpRequest &request);
    void upload(FakeHttpConnection *connection, const FakeHttpRequest &request, bool checkOnly);
    void getCsar(FakeHttpConnection *connection, const QString &id);
    void createApplication(FakeHttpConnection *connection, const FakeHttpRequest &request);
    bool hasSession(const FakeHttpRequest &request) const;
    bool typeIsProvided(const QString &type, const QStringList &presentDependencies) const;

    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_version = QStringLiteral("3.0.0");
    QHash<QString, QString> m_users;
    QSet<QByteArray> m_sessions;
    bool m_refuseLogins = false;
    QByteArray m_loginSuccessPath = QByteArrayLiteral("/rest/auth/status");
    bool m_rejectSessions = false;
    bool m_healthy = true;
    QHash<QString, CatalogEntry> m_catalog;
    QHash<QString, ScriptedResult> m_scripted;
    QHash<QString, QString> m_applications; // id -> name
    QList<FaultRule> m_faults;
    QStringList m_log;
    int m_successfulLogins = 0;
    int m_failedLogins = 0;
    QString m_lastUploadFileName;
    qint64 m_streamedBytes = 0;
};

} // namespace Topologist::Test
