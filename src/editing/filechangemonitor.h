// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/filefingerprint.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Topologist {

class TopologyDocument;

/// Notices when another program changes, replaces or deletes a document's file while it is
/// open. It watches the file and its folder (editors that save by renaming a new file over
/// the old one end the file's watch), waits for the writes to settle, then compares the file's
/// content with what the document last read or wrote (TopologyDocument::isChangedOnDisk()), so
/// the document's own saves and a mere `touch` are not reported. Each new state of the file is
/// reported once.
class FileChangeMonitor : public QObject
{
    Q_OBJECT

public:
    explicit FileChangeMonitor(TopologyDocument *document, QObject *parent = nullptr);

    /// How long to wait after a change before looking (ms); writers write in several steps.
    void setSettleDelay(int milliseconds) { m_settle.setInterval(milliseconds); }
    /// Compares the file now and emits changedOnDisk() if it is new and different.
    void check();

signals:
    /// The file differs from the document's last read or write; `deleted` when it is gone.
    void changedOnDisk(const QString &path, bool deleted);

private:
    void watch();

    TopologyDocument *m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    /// The state last reported, so one change is reported once however many events it makes.
    FileFingerprint m_reported;
};

} // namespace Topologist
