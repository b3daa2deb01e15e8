// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4clouderror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;
class QTimer;

namespace Topologist {

class Alien4CloudClient;

/// One operation against Alien4Cloud (log in, upload a CSAR, create an application, ...). It
/// may take several HTTP exchanges (a re-login, then the replayed request) and reports once.
///
/// Like QNetworkReply, the client creates and owns it; the caller connects to finished() and
/// deletes it (deleteLater()) afterwards. It emits progress(sent, total) while an upload body is
/// sent and finished() exactly once, also after cancel() (then error().kind() is Canceled).
/// finished() is never emitted from inside the call that created the reply. A CLI or a test
/// can call waitForFinished(), which runs a local event loop.
class Alien4CloudReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation {
        Login,
        Logout,
        ProbeHealth,
        ServerVersion,
        CsarExists,
        CheckCsar,
        UploadCsar,
        CreateApplication,
    };
    Q_ENUM(Operation)

    ~Alien4CloudReply() override;

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    const Alien4CloudError &error() const { return m_error; }
    /// The status of the last HTTP answer, 0 if none came.
    int httpStatus() const { return m_httpStatus; }
    /// The envelope's `data` (for ProbeHealth and ServerVersion, which have no envelope, the
    /// whole JSON document).
    QJsonValue data() const { return m_data; }
    /// Success with a remark the user should read (application created over an existing
    /// archive version, error 615). Empty otherwise.
    QString notice() const { return m_notice; }

    /// CsarExists: whether A4C has that name:version.
    bool csarFound() const { return m_csarFound; }
    /// CheckCsar and UploadCsar: also filled when A4C refused the archive (error Rejected), so
    /// the parse errors can be shown next to the YAML.
    const Alien4CloudCsarResult &csarResult() const { return m_csarResult; }
    /// CreateApplication: the new application's id (A4C answers with it; it equals the
    /// archive name).
    QString applicationId() const { return m_applicationId; }
    /// ServerVersion: "3.0.0", or "dev-version" for a development build.
    QString serverVersion() const { return m_serverVersion; }
    /// ProbeHealth: the actuator's status, "UP" when healthy.
    QString healthStatus() const { return m_healthStatus; }

    /// Runs a local event loop until finished(); returns !hasError(). For the CLI and tests;
    /// the GUI connects to finished() instead.
    bool waitForFinished();

public slots:
    /// Aborts the operation; finished() follows with error Canceled. Does nothing once
    /// finished.
    void cancel();

signals:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished();

private:
    friend class Alien4CloudClient;

    /// One HTTP exchange as it can be (re)sent: after a re-login the same exchange is replayed.
    struct Exchange
    {
        QByteArray method;
        /// Relative to the base URL, percent-encoded.
        QString path;
        QByteArray body;
        QByteArray contentType;
        /// The body is the multipart form holding the CSAR in the part named `file`.
        bool upload = false;
        /// Sent with the session cookie; a 403 on it may be cured by logging in again.
        bool needsSession = true;
    };

    Alien4CloudReply(Operation operation, const QString &what, Alien4CloudClient *client);

    Operation m_operation;
    /// "uploading 'x.csar'": how messages name this operation.
    QString m_what;
    QPointer<Alien4CloudClient> m_client;
    Exchange m_exchange;

    // Upload source: a file read while sending, or bytes in memory.
    QString m_uploadFilePath;
    QByteArray m_uploadContent;
    QString m_uploadFileName;
    // Login: the password tried, and whether the answer was probed through /auth/status.
    QString m_password;
    bool m_loginProbe = false;
    // CreateApplication: what the messages repeat.
    QString m_applicationName;
    QString m_archiveName;
    QString m_templateId;

    QPointer<QNetworkReply> m_network;
    QTimer *m_timer = nullptr;
    /// The whole exchange's time limit; m_timer only measures silence.
    QTimer *m_deadline = nullptr;
    QPointer<Alien4CloudReply> m_relogin;
    QStringList m_tlsErrors;
    bool m_relogged = false;
    bool m_canceled = false;
    bool m_timedOut = false;
    bool m_deadlineReached = false;
    /// The answer grew past Alien4CloudServer::maxResponseBytes and was cut.
    bool m_tooLarge = false;
    bool m_finished = false;

    Alien4CloudError m_error;
    int m_httpStatus = 0;
    QJsonValue m_data;
    QString m_notice;
    bool m_csarFound = false;
    Alien4CloudCsarResult m_csarResult;
    QString m_applicationId;
    QString m_serverVersion;
    QString m_healthStatus;
};

} // namespace Topologist
