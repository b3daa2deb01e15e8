// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudpush.h"

#include "alien4cloud/alien4cloudclient.h"
#include "alien4cloud/alien4cloudcsarresult.h"
#include "alien4cloud/alien4cloudproblemmapper.h"
#include "alien4cloud/alien4cloudreply.h"
#include "csar/temporaryfolder.h"
#include "support/asciiwordname.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

namespace Topologist {

namespace {

using Kind = Alien4CloudError::Kind;

/// Failures where talking to the server did not work at all: no point in going on to log in.
bool isTransportFailure(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::TlsFailure:
    case Kind::ConnectionLost:
    case Kind::NetworkError:
    case Kind::Canceled:
        return true;
    default:
        return false;
    }
}

/// Infos every upload of a topology gets, which say nothing the push result does not say
/// better (CSAR_ALREADY_INDEXED becomes "already up to date").
bool isRoutineInfo(const Alien4CloudParsingError &error)
{
    return error.level == Severity::Info
           && (error.errorCode == QLatin1String("TOPOLOGY_DETECTED")
               || error.errorCode == QLatin1String("CSAR_ALREADY_INDEXED"));
}

/// "1.4.1" for "1.4.0", "2.0.1-ALIEN14" for "2.0.0-ALIEN14": the release after @p version, as a
/// suggestion.
QString nextVersion(const QString &version)
{
    static const QRegularExpression numbers(QStringLiteral("^(\\d+(?:\\.\\d+)*)(.*)$"));
    const QRegularExpressionMatch match = numbers.match(version);
    if (!match.hasMatch())
        return version + QStringLiteral(".1");
    QStringList parts = match.captured(1).split(QLatin1Char('.'));
    parts.last() = QString::number(parts.last().toLongLong() + 1);
    return parts.join(QLatin1Char('.')) + match.captured(2);
}

} // namespace

QString Alien4CloudPush::Step::text() const
{
    if (state == StepState::Running && percent >= 0)
        return label + QStringLiteral(" (%1 %)").arg(percent);
    return label;
}

Alien4CloudPush::Alien4CloudPush(const Alien4CloudServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{}

Alien4CloudPush::~Alien4CloudPush()
{
    if (m_reply)
        m_reply->disconnect(this);
}

QString Alien4CloudPush::defaultApplicationId(const QString &name)
{
    const QString id = asciiWordName(name.trimmed(), QString::NormalizationForm_KD);
    return id.isEmpty() ? QStringLiteral("application") : id;
}

QString Alien4CloudPush::uploadFileName(const ToscaArchive &archive)
{
    return CsarExporter::defaultFileName(archive.name, archive.version);
}

void Alien4CloudPush::start(const CsarExporter::Source &topology,
                            const QString &password,
                            const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_canceled = false;
    m_source = topology;
    m_password = password;
    m_options = options;
    m_steps.clear();
    m_result = Result();
    m_missing.clear();
    m_workFolder.reset();
    m_next = 0;
    if (m_client)
        m_client->deleteLater();
    m_client = new Alien4CloudClient(m_server, this);
    // Never finish inside start(): the caller connects to finished() after it returns.
    QTimer::singleShot(0, this, [this] {
        if (m_canceled) {
            finishNow();
            return;
        }
        exportTopology();
    });
}

Alien4CloudPush::Result Alien4CloudPush::run(const CsarExporter::Source &topology,
                                             const QString &password,
                                             const Options &options)
{
    QEventLoop loop;
    const QMetaObject::Connection connection
        = connect(this, &Alien4CloudPush::finished, &loop, &QEventLoop::quit);
    start(topology, password, options);
    if (m_running)
        loop.exec();
    disconnect(connection);
    return m_result;
}

void Alien4CloudPush::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    if (m_reply)
        m_reply->cancel(); // its finished() ends the push as canceled
}

void Alien4CloudPush::beginStep(const QString &label)
{
    Step step;
    step.label = label;
    m_steps.append(step);
    emit stepAdded(int(m_steps.size()) - 1);
}

void Alien4CloudPush::endStep(StepState state, const QString &detail)
{
    if (m_steps.isEmpty() || m_steps.last().state != StepState::Running)
        return;
    Step &step = m_steps.last();
    step.state = state;
    step.detail = detail;
    if (state == StepState::Done && step.percent >= 0)
        step.percent = 100;
    emit stepChanged(int(m_steps.size()) - 1);
}

void Alien4CloudPush::watch(Alien4CloudReply *reply, Phase phase)
{
    m_reply = reply;
    connect(reply, &Alien4CloudReply::progress, this, [this](qint64 sent, qint64 total) {
        emit uploadProgress(sent, total);
        if (total <= 0 || m_steps.isEmpty())
            return;
        const int percent = int(sent * 100 / total);
        if (percent != m_steps.last().percent) {
            m_steps.last().percent = percent;
            emit stepChanged(int(m_steps.size()) - 1);
        }
    });
    connect(reply, &Alien4CloudReply::finished, this, [this, reply, phase] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        onReply(reply, phase);
    });
}

void Alien4CloudPush::exportTopology()
{
    beginStep(tr("Preparing %1").arg(m_source.archive.id()));
    if (stopIfCanceled())
        return;
    // Named after our process id, so that the folder of a push that was killed is removed by
    // the next run.
    QString problem;
    m_workFolder = TemporaryFolder::create(QStringLiteral("push"), &problem);
    if (!m_workFolder) {
        endStep(StepState::Failed);
        fail(Outcome::RefusedLocally,
             tr("Cannot push: there is no temporary folder to prepare the archive in (%1).")
                 .arg(problem));
        return;
    }
    if (m_source.definitions.isEmpty())
        m_source.definitions = CsarExporter::serialize(m_source.archive);
    m_topologyCsar = QDir(m_workFolder->path()).filePath(uploadFileName(m_source.archive));
    CsarExporter::Options exportOptions;
    exportOptions.force = m_options.force;
    const CsarExporter::Result exported
        = CsarExporter::exportTopology(m_source, m_topologyCsar, exportOptions);
    if (!exported.ok()) {
        endStep(StepState::Failed);
        m_result.exportRefusal = exported.refusal;
        m_result.problems = exported.errors;
        for (const CsarExporter::MissingFile &file : exported.missingFiles) {
            m_result.problems.append(
                Problem::make(Severity::Error,
                              QStringLiteral("TOPO-CSAR-042"),
                              QString(),
                              ProblemMember(),
                              file.location,
                              tr("missing file \"%1\" (%2)").arg(file.path, file.owner)));
        }
        fail(Outcome::RefusedLocally, tr("Not pushed. %1").arg(exported.summary()));
        return;
    }
    // The entry definitions at the zip root are the bytes A4C's line numbers refer to.
    m_uploadedYaml = m_source.definitions;
    m_uploadedYamlName = exported.entryDefinitions;

    m_dependencies = CsarExporter::archivesToUpload(m_source);
    endStep(StepState::Done);
    readVersion();
}

void Alien4CloudPush::readVersion()
{
    beginStep(tr("Connecting to %1").arg(m_server.displayUrl()));
    if (stopIfCanceled())
        return;
    watch(m_client->serverVersion(), Phase::Version);
}

void Alien4CloudPush::logIn()
{
    beginStep(tr("Logging in as %1").arg(m_server.userName));
    if (stopIfCanceled())
        return;
    watch(m_client->login(m_password), Phase::Login);
}

void Alien4CloudPush::lookUpNext()
{
    if (m_next >= m_dependencies.size()) {
        m_next = 0;
        uploadNextDependency();
        return;
    }
    const CatalogEntry *entry = m_dependencies.at(m_next);
    beginStep(tr("Checking %1").arg(entry->id()));
    if (stopIfCanceled())
        return;
    watch(m_client->csarExists(entry->name, entry->version), Phase::Lookup);
}

void Alien4CloudPush::uploadNextDependency()
{
    if (m_next >= m_missing.size()) {
        checkTopology();
        return;
    }
    const CatalogEntry *entry = m_missing.at(m_next);
    beginStep(tr("Uploading %1").arg(entry->id()));
    if (stopIfCanceled())
        return;
    const QString path = QDir(m_workFolder->path())
                             .filePath(CsarExporter::defaultFileName(entry->name, entry->version));
    const CsarExporter::Result exported = CsarExporter::exportTypeArchive(*entry, path);
    if (!exported.ok()) {
        endStep(StepState::Failed);
        m_result.exportRefusal = exported.refusal;
        fail(Outcome::RefusedLocally,
             tr("Cannot upload %1, which the server lacks and the topology imports. %2")
                 .arg(entry->id(), exported.summary()));
        return;
    }
    watch(m_client->uploadCsar(path), Phase::UploadDependency);
}

void Alien4CloudPush::checkTopology()
{
    if (!m_options.checkBeforeUpload) {
        uploadTopology();
        return;
    }
    beginStep(tr("Having Alien4Cloud check %1").arg(m_source.archive.id()));
    if (stopIfCanceled())
        return;
    watch(m_client->checkCsar(m_topologyCsar), Phase::Check);
}

void Alien4CloudPush::uploadTopology()
{
    beginStep(tr("Uploading %1").arg(m_source.archive.id()));
    if (stopIfCanceled())
        return;
    watch(m_client->uploadCsar(m_topologyCsar), Phase::Upload);
}

void Alien4CloudPush::createApplication()
{
    if (m_options.applicationName.trimmed().isEmpty()) {
        succeed();
        return;
    }
    const QString name = m_options.applicationName.trimmed();
    const QString id
        = m_options.applicationId.isEmpty() ? defaultApplicationId(name) : m_options.applicationId;
    beginStep(tr("Creating application %1").arg(name));
    if (stopIfCanceled())
        return;
    watch(m_client->createApplication(
              name, id, m_options.applicationDescription, m_result.topologyId),
          Phase::Application);
}

void Alien4CloudPush::onReply(Alien4CloudReply *reply, Phase phase)
{
    if (m_canceled || reply->error().kind() == Kind::Canceled) {
        m_canceled = true;
        endStep(StepState::Canceled);
        finishNow();
        return;
    }
    switch (phase) {
    case Phase::Version:
        return onVersion(reply);
    case Phase::Login:
        return onLogin(reply);
    case Phase::Lookup:
        return onLookup(reply);
    case Phase::UploadDependency:
        return onDependencyUploaded(reply);
    case Phase::Check:
        return onChecked(reply);
    case Phase::Upload:
        return onUploaded(reply);
    case Phase::Application:
        return onApplicationCreated(reply);
    }
}

void Alien4CloudPush::onVersion(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    if (error.isError() && isTransportFailure(error.kind())) {
        endStep(StepState::Failed);
        failWith(error);
        return;
    }
    // Without /version.json (a proxy, a customised A4C) the push can still go on: the
    // check step then finds out by itself whether the server has /csars/check.
    endStep(error.isError() ? StepState::Skipped : StepState::Done,
            error.isError() ? tr("version unknown")
                            : tr("Alien4Cloud %1").arg(reply->serverVersion()));
    logIn();
}

void Alien4CloudPush::onLogin(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    if (error.isError()) {
        endStep(StepState::Failed);
        failWith(error);
        return;
    }
    endStep(StepState::Done);
    lookUpNext();
}

void Alien4CloudPush::onLookup(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    if (error.isError()) {
        endStep(StepState::Failed);
        failWith(error);
        return;
    }
    const CatalogEntry *entry = m_dependencies.at(m_next++);
    if (reply->csarFound()) {
        m_result.presentArchives.append(entry->id());
        endStep(StepState::Done, tr("on the server"));
    } else {
        m_missing.append(entry);
        endStep(StepState::Done, tr("missing: will be uploaded from the type library"));
    }
    lookUpNext();
}

void Alien4CloudPush::onDependencyUploaded(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    const CatalogEntry *entry = m_missing.at(m_next);
    if (error.isError()) {
        endStep(StepState::Failed);
        // The bundled definitions go up as they are, so A4C's lines are the file's own.
        for (const Alien4CloudParsingError &parsing : reply->csarResult().parsingErrors) {
            if (!isRoutineInfo(parsing))
                m_result.problems.append(
                    Alien4CloudProblemMapper::mapVerbatim(parsing, entry->definitionsPath));
        }
        if (error.kind() == Kind::Rejected) {
            fail(Outcome::RejectedByServer,
                 tr("Alien4Cloud refused the type archive %1, which the topology imports: "
                    "%2")
                     .arg(entry->id(), error.message()),
                 error);
        } else {
            failWith(error);
        }
        return;
    }
    m_result.uploadedArchives.append(entry->id());
    endStep(StepState::Done,
            reply->csarResult().alreadyIndexed() ? tr("already up to date") : QString());
    ++m_next;
    uploadNextDependency();
}

void Alien4CloudPush::onChecked(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    if (error.kind() == Kind::NotSupported) {
        endStep(StepState::Skipped, tr("needs Alien4Cloud 3.0 or later"));
        uploadTopology();
        return;
    }
    if (error.isError()) {
        endStep(StepState::Failed);
        m_result.problems = mapTopologyErrors(reply->csarResult());
        if (error.kind() == Kind::Rejected)
            fail(Outcome::RejectedByServer,
                 tr("%1 Nothing was imported.").arg(error.message()),
                 error);
        else
            failWith(error);
        return;
    }
    endStep(StepState::Done);
    uploadTopology();
}

void Alien4CloudPush::onUploaded(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    m_result.problems = mapTopologyErrors(reply->csarResult());
    if (error.isError()) {
        endStep(StepState::Failed);
        if (error.kind() != Kind::Rejected) {
            failWith(error);
        } else if (reply->csarResult().hasCode(QStringLiteral("CSAR_ALREADY_EXISTS"))) {
            // A4C sends no archive id with this refusal; the push knows which it was.
            fail(Outcome::RejectedByServer,
                 tr("Alien4Cloud at %1 already has %2 with different content, and a released "
                    "version cannot be replaced. Bump the version (%3, say), or use a "
                    "-SNAPSHOT version while the topology still changes.")
                     .arg(m_server.displayUrl(),
                          m_source.archive.id(),
                          nextVersion(m_source.archive.version)),
                 error);
        } else {
            fail(Outcome::RejectedByServer, error.message(), error);
        }
        return;
    }
    keepTopologyRemarks(reply->csarResult());
    recordUpload();
    endStep(StepState::Done, m_result.topologyUpToDate ? tr("already up to date") : QString());
    createApplication();
}

void Alien4CloudPush::onApplicationCreated(Alien4CloudReply *reply)
{
    const Alien4CloudError &error = reply->error();
    if (error.isError()) {
        endStep(StepState::Failed);
        const QString message
            = tr("%1 The topology %2 was uploaded; only the application was not created.")
                  .arg(error.message(), m_result.topologyId);
        fail(error.kind() == Kind::Rejected ? Outcome::RejectedByServer : Outcome::Failed,
             message,
             error);
        return;
    }
    m_result.applicationId = reply->applicationId();
    m_result.applicationUrl = m_client->applicationUrl(m_result.applicationId);
    if (!reply->notice().isEmpty())
        m_result.notices.append(reply->notice());
    endStep(StepState::Done);
    succeed();
}

Problems Alien4CloudPush::mapTopologyErrors(const Alien4CloudCsarResult &result) const
{
    QByteArray userFile;
    if (!m_source.archive.filePath.isEmpty()) {
        QFile file(m_source.archive.filePath);
        if (file.open(QIODevice::ReadOnly))
            userFile = file.readAll();
    }
    const Alien4CloudProblemMapper mapper(
        m_uploadedYaml, m_uploadedYamlName, m_source.archive, userFile);
    Problems problems;
    for (const Alien4CloudParsingError &error : result.parsingErrors) {
        if (!isRoutineInfo(error))
            problems.append(mapper.map(error));
    }
    return problems;
}

void Alien4CloudPush::keepTopologyRemarks(const Alien4CloudCsarResult &result)
{
    m_result.topologyId = result.csarId.isEmpty() ? m_source.archive.id() : result.csarId;
    m_result.uploadedArchives.append(m_result.topologyId);
    if (result.alreadyIndexed()) {
        m_result.topologyUpToDate = true;
        m_result.notices.append(tr("%1 is already up to date on the server: it has exactly this "
                                   "content.")
                                    .arg(m_result.topologyId));
    }
}

void Alien4CloudPush::recordUpload() const
{
    if (!m_history)
        return;
    // Under the id the dialog looks the topology up by, whatever id the server answered with.
    // A record that cannot be written only means no "changes since" next time.
    m_history->record({m_server.displayUrl(),
                       m_source.archive.id(),
                       QDateTime::currentDateTimeUtc(),
                       m_uploadedYaml});
}

bool Alien4CloudPush::stopIfCanceled()
{
    // A cancel() that came while no request was under way (from a slot connected to
    // stepAdded(), say) is honoured before the next request goes out.
    if (!m_canceled)
        return false;
    endStep(StepState::Canceled);
    finishNow();
    return true;
}

void Alien4CloudPush::succeed()
{
    m_result.outcome = Outcome::Succeeded;
    QString message = m_result.topologyUpToDate ? tr("%1 is already up to date on %2.")
                                                : tr("Pushed %1 to %2.");
    message = message.arg(m_result.topologyId, m_server.displayUrl());
    QStringList dependencies = m_result.uploadedArchives;
    dependencies.removeAll(m_result.topologyId);
    if (!dependencies.isEmpty())
        message += QLatin1Char(' ')
                   + tr("Type archives uploaded first: %1.")
                         .arg(dependencies.join(QStringLiteral(", ")));
    if (!m_result.applicationId.isEmpty())
        message += QLatin1Char(' ')
                   + tr("Application %1: %2")
                         .arg(m_result.applicationId,
                              m_result.applicationUrl.toString(QUrl::FullyEncoded));
    m_result.message = message;
    finishNow();
}

void Alien4CloudPush::fail(Outcome outcome, const QString &message, const Alien4CloudError &error)
{
    m_result.outcome = outcome;
    m_result.message = message;
    m_result.error = error;
    finishNow();
}

void Alien4CloudPush::failWith(const Alien4CloudError &error)
{
    fail(error.kind() == Kind::Rejected ? Outcome::RejectedByServer : Outcome::Failed,
         error.message(),
         error);
}

void Alien4CloudPush::finishNow()
{
    if (!m_running)
        return;
    if (m_canceled) {
        m_result.outcome = Outcome::Canceled;
        m_result.message = tr("The push to %1 was canceled.").arg(m_server.displayUrl());
        if (!m_result.uploadedArchives.isEmpty())
            m_result.message += QLatin1Char(' ')
                                + tr("Already uploaded: %1.")
                                      .arg(m_result.uploadedArchives.join(QStringLiteral(", ")));
    }
    m_running = false;
    m_password.clear();
    // Later: this may run inside one of the client's signals. The work folder only held the
    // archives sent, which are no use once the push is over.
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    m_workFolder.reset();
    emit finished();
}

} // namespace Topologist
