// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentloader.h"

#include "catalog/typecatalog.h"
#include "loading/topologyloadjob.h"
#include "topologydocument.h"

#include <QThread>

namespace Topologist {

DocumentLoader::DocumentLoader(const QString &path, const TypeCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_catalog(catalog)
{}

DocumentLoader::DocumentLoader(const RecoveryEntry &entry,
                               const TypeCatalog &catalog,
                               QObject *parent)
    : QObject(parent)
    , m_path(entry.originalPath.isEmpty() ? entry.recoveryFile : entry.originalPath)
    , m_catalog(catalog)
    , m_recovery(entry)
{}

DocumentLoader::~DocumentLoader()
{
    if (m_thread) {
        m_cancel->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DocumentLoader::start()
{
    Q_ASSERT(!m_thread);
    TopologyLoadJob job = m_recovery ? TopologyDocument::recoveryJob(*m_recovery, m_catalog)
                                     : TopologyLoadJob(m_path, m_catalog.snapshot());
    // Runs on the worker, which the destructor waits for: `this` outlives every call, and
    // the queued call is dropped if this object is gone by the time it would run.
    job.setProgressCallback([this](const LoadProgress &progress) {
        QMetaObject::invokeMethod(
            this,
            [this, progress] {
                if (!m_running)
                    return;
                m_progress = progress;
                emit progressChanged(progress);
            },
            Qt::QueuedConnection);
    });
    m_thread = QThread::create([job = std::move(job), cancel = m_cancel, outcome = m_outcome] {
        *outcome = job.run(cancel.get());
    });
    m_thread->setObjectName(QStringLiteral("DocumentLoader"));
    connect(m_thread, &QThread::finished, this, &DocumentLoader::jobFinished);
    m_running = true;
    m_thread->start();
}

void DocumentLoader::cancel()
{
    m_cancelRequested = true;
    m_cancel->cancel();
}

void DocumentLoader::jobFinished()
{
    m_thread->wait();
    m_result = std::move(*m_outcome);
    // Cancelled just as the job completed: the caller was told it would stop, so it stops.
    if (m_cancelRequested && m_result.isLoaded()) {
        const QString path = m_result.path;
        m_result = TopologyLoadResult();
        m_result.status = TopologyLoadResult::Status::Cancelled;
        m_result.path = path;
    }
    m_running = false;
    emit finished();
}

std::unique_ptr<TopologyDocument> DocumentLoader::takeDocument(QObject *parent)
{
    if (!m_result.isLoaded())
        return nullptr;
    std::unique_ptr<TopologyDocument> document
        = m_recovery ? TopologyDocument::fromRecoveredLoad(
              std::move(m_result), *m_recovery, m_catalog, parent)
                     : TopologyDocument::fromLoadResult(std::move(m_result), m_catalog, parent);
    m_result = TopologyLoadResult();
    return document;
}

} // namespace Topologist
