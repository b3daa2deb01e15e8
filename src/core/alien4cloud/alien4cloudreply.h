// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudresult.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>

namespace Topologist {

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
    /// Everything the operation brought back; the accessors below read it.
    const Alien4CloudResult &result() const { return m_result; }
    /// The envelope's `data` (for ProbeHealth and ServerVersion, which have no envelope, the
    /// whole JSON document).
    QJsonValue data() const { return m_result.data; }
    /// Success with a remark the user should read (application created over an existing
    /// archive version, error 615). Empty otherwise.
    QString notice() const { return m_result.notice; }

    /// CsarExists: whether A4C has that name:version.
    bool csarFound() const { return m_result.csarFound; }
    /// CheckCsar and UploadCsar: also filled when A4C refused the archive (error Rejected), so
    /// the parse errors can be shown next to the YAML.
    const Alien4CloudCsarResult &csarResult() const { return m_result.csar; }
    /// CreateApplication: the new application's id (A4C answers with it; it equals the
    /// archive name).
    QString applicationId() const { return m_result.applicationId; }
    /// ServerVersion: "3.0.0", or "dev-version" for a development build.
    QString serverVersion() const { return m_result.serverVersion; }
    /// ProbeHealth: the actuator's status, "UP" when healthy.
    QString healthStatus() const { return m_result.healthStatus; }

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

protected:
    /// Only the client makes replies (through its own subclass), as QNetworkAccessManager does.
    Alien4CloudReply(Operation operation, QObject *parent);

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setResult(const Alien4CloudResult &result) { m_result = result; }
    /// Ends the reply with `error` (none: success) and emits finished(); false when it had
    /// already ended.
    bool complete(const Alien4CloudError &error);
    /// What cancel() does while the reply is unfinished: stop the work and complete() with
    /// error Canceled.
    virtual void abort() = 0;

private:
    Operation m_operation;
    bool m_finished = false;
    Alien4CloudError m_error;
    int m_httpStatus = 0;
    Alien4CloudResult m_result;
};

} // namespace Topologist
