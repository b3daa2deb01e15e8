// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loading/loadprogress.h"
#include "loading/topologyloadresult.h"
#include "recovery/recoveryentry.h"
#include "support/canceltoken.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace Topologist {

class TopologyDocument;
class TypeCatalog;

/// Opens a topology file in the background: runs a TopologyLoadJob on a thread of its own and
/// tells the UI thread how far it is and when it is done. Only plain data crosses threads: the
/// job reads a CatalogSnapshot taken in start(), and the document is built on this object's
/// thread by takeDocument(), from the job's result, without validating again.
///
/// Deleting a loader that still runs cancels the job and waits for it to stop (milliseconds:
/// the job looks at its CancelToken often).
class DocumentLoader : public QObject
{
    Q_OBJECT

public:
    DocumentLoader(const QString &path, const TypeCatalog &catalog, QObject *parent = nullptr);
    /// Restores what a crashed session autosaved: reads @p entry's contents, and the document
    /// is bound to its original file and modified (see TopologyDocument::fromRecovery()).
    /// path() is the original file, or the recovery file for a topology never saved.
    DocumentLoader(const RecoveryEntry &entry,
                   const TypeCatalog &catalog,
                   QObject *parent = nullptr);
    ~DocumentLoader() override;

    /// Starts the job; call once.
    void start();
    /// Asks the job to stop; finished() follows with status() Cancelled, unless the job was
    /// already done.
    void cancel();

    QString path() const { return m_path; }
    bool isRunning() const { return m_running; }
    LoadProgress progress() const { return m_progress; }

    /// Once finished(): how the load ended, and what reading said (why it is unreadable).
    TopologyLoadResult::Status status() const { return m_result.status; }
    const Diagnostics &readDiagnostics() const { return m_result.readDiagnostics; }
    /// Once finished() with status() Loaded: the document, built here on the caller's thread.
    /// Null after the first call.
    std::unique_ptr<TopologyDocument> takeDocument(QObject *parent = nullptr);

signals:
    void progressChanged(const Topologist::LoadProgress &progress);
    void finished();

private:
    void jobFinished();

    QString m_path;
    const TypeCatalog &m_catalog;
    std::optional<RecoveryEntry> m_recovery;
    /// Shared with the worker: it outlives this object when the worker has not stopped yet.
    std::shared_ptr<CancelToken> m_cancel = std::make_shared<CancelToken>();
    /// Written by the worker, read here once the thread has finished.
    std::shared_ptr<TopologyLoadResult> m_outcome = std::make_shared<TopologyLoadResult>();
    TopologyLoadResult m_result;
    LoadProgress m_progress;
    QThread *m_thread = nullptr;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace Topologist
