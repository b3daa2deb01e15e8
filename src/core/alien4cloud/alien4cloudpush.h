// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alien4cloud/alien4clouderror.h"
#include "alien4cloud/alien4cloudpushhistory.h"
#include "alien4cloud/alien4cloudserver.h"
#include "csar/csarexporter.h"
#include "validation/problem.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace Topologist {

class Alien4CloudClient;
class Alien4CloudReply;
struct Alien4CloudCsarResult;

/// The one-click push of a topology to Alien4Cloud (reference §3), asynchronously, for the GUI's
/// progress dialog; run() blocks for the CLI.
///
/// 1. Exports the topology's CSAR into a private temporary folder (CsarExporter: validation
///    errors refuse the push unless Options::force; nothing of the user's is ever written).
/// 2. Reads the server version (decides whether A4C can check an archive) and logs in.
/// 3. Looks up every archive the topology imports, transitively, in upload order, and uploads
///    those the server lacks from the type library, exported on the fly.
/// 4. Has A4C check the topology's CSAR (3.0 and later; skipped on older servers), then uploads
///    it. A4C's parse errors become Problems on the nodes they concern
///    (Alien4CloudProblemMapper). An identical re-upload is "already up to date"; a released
///    version with other content is refused with advice to bump the version.
/// 5. Optionally creates an application from the uploaded topology template and gives the URL of
///    its page.
///
/// Once the server has the topology, what was sent goes to the push history, when one is set
/// (setHistory), so that the next push can show what changed since.
///
/// Every failure ends the push with a Result whose message says what happened and what to do
/// (the client's Alien4CloudError messages). cancel() stops it at any point.
///
/// Signals: stepAdded(index) when a step starts, stepChanged(index) when its state or
/// percentage changes, uploadProgress(sent, total) while an archive is sent, finished() once.
class Alien4CloudPush : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Create an application with this name after the upload; empty: none.
        QString applicationName;
        /// Its id (A4C's archiveName, ^\w+$); empty: defaultApplicationId(applicationName).
        QString applicationId;
        QString applicationDescription;
        /// Have A4C check the topology before importing it, where it can (3.0 and later).
        bool checkBeforeUpload = true;
        /// Push despite validation errors.
        bool force = false;
    };

    enum class StepState { Running, Done, Skipped, Failed, Canceled };
    Q_ENUM(StepState)

    struct Step
    {
        /// "Uploading mesos-types:1.4.0-SNAPSHOT".
        QString label;
        StepState state = StepState::Running;
        /// Of an upload, 0-100; -1 otherwise.
        int percent = -1;
        /// What came of it: "missing: will be uploaded", "already up to date"...
        QString detail;

        /// The label with the percentage while uploading: "Uploading x:1.0 (42 %)".
        QString text() const;
    };

    enum class Outcome {
        Succeeded,
        /// Not sent: the export refused (validation errors, missing files, no name).
        RefusedLocally,
        /// A4C refused an archive or the application (parse errors, release conflict, duplicate
        /// application).
        RejectedByServer,
        /// Could not talk to A4C as needed: network, TLS, login refused, server errors,
        /// malformed answers.
        Failed,
        Canceled,
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        /// One paragraph for the user: what happened and what to do.
        QString message;
        /// The error that ended the push, when A4C or the network was the cause.
        Alien4CloudError error;
        /// Why the export refused, for RefusedLocally.
        CsarExporter::Refusal exportRefusal = CsarExporter::Refusal::None;
        /// Local validation errors (RefusedLocally), or A4C's parse errors, warnings and infos,
        /// mapped onto the topology's nodes (codes "A4C-<ErrorCode>").
        Problems problems;
        /// Successes with a remark: "already up to date", application over an existing archive.
        QStringList notices;
        /// Archive ids uploaded by this push, in order (dependencies first).
        QStringList uploadedArchives;
        /// Imported archives the server already had.
        QStringList presentArchives;
        /// The topology's id on the server ("marathon-topology:1.4.0-SNAPSHOT") once uploaded.
        QString topologyId;
        /// The server already had the topology with the same content.
        bool topologyUpToDate = false;
        QString applicationId;
        /// The application's page in A4C's UI.
        QUrl applicationUrl;

        bool succeeded() const { return outcome == Outcome::Succeeded; }
    };

    explicit Alien4CloudPush(const Alien4CloudServer &server, QObject *parent = nullptr);
    ~Alien4CloudPush() override;

    /// Starts the push; the password is kept in memory only, for logging in (again, if the
    /// session expires). Does nothing while a push runs. finished() is never emitted from inside
    /// this call.
    void
    start(const CsarExporter::Source &topology, const QString &password, const Options &options);
    /// start() and a local event loop until finished(): for the CLI and tests.
    Result
    run(const CsarExporter::Source &topology, const QString &password, const Options &options);

    /// Where an uploaded topology is recorded; none by default.
    void setHistory(const Alien4CloudPushHistory &history) { m_history = history; }

    bool isRunning() const { return m_running; }
    const QList<Step> &steps() const { return m_steps; }
    /// Valid after finished().
    const Result &result() const { return m_result; }
    const Alien4CloudServer &server() const { return m_server; }

    /// The application id A4C would accept for a name: accents stripped, every character other
    /// than ASCII letters, digits and '_' replaced by '_' ("Marathon cluster" ->
    /// "Marathon_cluster").
    static QString defaultApplicationId(const QString &name);
    /// The file name the topology's CSAR is uploaded as ("marathon-topology-1.4.0-SNAPSHOT.csar").
    static QString uploadFileName(const ToscaArchive &archive);

public slots:
    /// Stops the push; finished() follows with Outcome::Canceled. Archives already uploaded stay
    /// on the server.
    void cancel();

signals:
    void stepAdded(int index);
    void stepChanged(int index);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void finished();

private:
    enum class Phase {
        Version,
        Login,
        Lookup,
        UploadDependency,
        Check,
        Upload,
        Application,
    };

    void beginStep(const QString &label);
    void endStep(StepState state, const QString &detail = QString());
    void watch(Alien4CloudReply *reply, Phase phase);
    void onReply(Alien4CloudReply *reply, Phase phase);
    void onVersion(Alien4CloudReply *reply);
    void onLogin(Alien4CloudReply *reply);
    void onLookup(Alien4CloudReply *reply);
    void onDependencyUploaded(Alien4CloudReply *reply);
    void onChecked(Alien4CloudReply *reply);
    void onUploaded(Alien4CloudReply *reply);
    void onApplicationCreated(Alien4CloudReply *reply);

    void exportTopology();
    void readVersion();
    void logIn();
    void lookUpNext();
    void uploadNextDependency();
    void checkTopology();
    void uploadTopology();
    void createApplication();

    bool stopIfCanceled();
    void succeed();
    void fail(Outcome outcome, const QString &message, const Alien4CloudError &error = {});
    void failWith(const Alien4CloudError &error);
    void finishNow();

    Problems mapTopologyErrors(const Alien4CloudCsarResult &result) const;
    void keepTopologyRemarks(const Alien4CloudCsarResult &result);
    void recordUpload() const;

    Alien4CloudServer m_server;
    std::optional<Alien4CloudPushHistory> m_history;
    /// A child, replaced at each push and let go once it finished: it holds the password.
    QPointer<Alien4CloudClient> m_client;
    std::unique_ptr<QTemporaryDir> m_workFolder;
    QPointer<Alien4CloudReply> m_reply;

    CsarExporter::Source m_source;
    Options m_options;
    QString m_password;
    QByteArray m_uploadedYaml;
    QString m_uploadedYamlName;
    QString m_topologyCsar;
    QList<const CatalogEntry *> m_dependencies;
    QList<const CatalogEntry *> m_missing;
    int m_next = 0;

    QList<Step> m_steps;
    Result m_result;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace Topologist
