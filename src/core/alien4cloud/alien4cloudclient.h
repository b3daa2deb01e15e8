// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudreply.h"
#include "alien4cloud/alien4cloudserver.h"

#include <QObject>

namespace Topologist {

class Alien4CloudAnswerErrors;
class Alien4CloudCall;
class Alien4CloudErrors;
class Alien4CloudSession;

/// Talks to one Alien4Cloud server over its REST API, asynchronously: every operation returns
/// an Alien4CloudReply (progress, cancel, finished). It checks the arguments, builds each
/// endpoint's exchange and reads the answer with that endpoint's interpreter; the connection,
/// the session of the last login and its automatic renewal are Alien4CloudSession's.
///
/// Signals: sessionChanged(loggedIn) when a login succeeds or the session ends;
/// sessionRenewed() after an automatic re-login.
class Alien4CloudClient : public QObject
{
    Q_OBJECT
public:
    explicit Alien4CloudClient(const Alien4CloudServer &server, QObject *parent = nullptr);
    ~Alien4CloudClient() override;

    const Alien4CloudServer &server() const { return m_server; }
    /// A session cookie is held (it may still have expired on the server).
    bool hasSession() const;
    /// The version read by the last serverVersion(), empty before.
    QString knownServerVersion() const { return m_knownVersion; }

    /// Form login as A4C's UI does it (POST /login); the outcome is read from the redirect.
    Alien4CloudReply *login(const QString &password);
    Alien4CloudReply *logout();
    /// GET /rest/admin/health, no login needed. healthStatus() is "UP" when healthy.
    Alien4CloudReply *probeHealth();
    /// GET /version.json, no login needed. Also decides whether checkCsar() is attempted.
    Alien4CloudReply *serverVersion();
    /// csarFound() tells; a missing archive is not an error.
    Alien4CloudReply *csarExists(const QString &name, const QString &version);
    /// Parses without importing (A4C 3.0 and later). On older servers the reply fails with
    /// NotSupported, without a request when the version is already known: callers skip the
    /// check then.
    Alien4CloudReply *checkCsar(const QString &filePath);
    Alien4CloudReply *checkCsar(const QByteArray &content, const QString &fileName);
    /// Imports the archive. Parse errors, a released version that already exists with other
    /// content (502) and unreadable archives end with error Rejected and csarResult() filled.
    Alien4CloudReply *uploadCsar(const QString &filePath);
    Alien4CloudReply *uploadCsar(const QByteArray &content, const QString &fileName);
    /// Creates an application from a topology template version ("name:version"). archiveName
    /// becomes the application id and must match ^\w+$ (checked here before sending).
    Alien4CloudReply *createApplication(const QString &name,
                                        const QString &archiveName,
                                        const QString &description,
                                        const QString &topologyTemplateVersionId);

    /// The page of an application in A4C's web UI, for the "open in browser" link.
    QUrl applicationUrl(const QString &applicationId) const;

    /// A4C's rule for application ids / archive names: ^\w+$ with Java's ASCII \w.
    static bool isValidArchiveName(const QString &archiveName);
    /// A4C's rule for application names: [^/\\]+.
    static bool isValidApplicationName(const QString &name);

signals:
    void sessionChanged(bool loggedIn);
    void sessionRenewed();

private:
    Alien4CloudCall *createCall(Alien4CloudReply::Operation operation, const QString &what);
    Alien4CloudCall *createUpload(bool checkOnly,
                                  const QString &filePath,
                                  const QByteArray &content,
                                  const QString &fileName);

    Alien4CloudErrors errors(const Alien4CloudCall *call) const;
    Alien4CloudAnswerErrors answerErrors(const Alien4CloudCall *call) const;

    Alien4CloudServer m_server;
    Alien4CloudSession *m_session = nullptr;
    QString m_knownVersion;
};

} // namespace Topologist
