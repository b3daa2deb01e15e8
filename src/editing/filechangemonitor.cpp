// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechangemonitor.h"

#include "topologydocument.h"

#include <QFileInfo>

namespace Topologist {

FileChangeMonitor::FileChangeMonitor(TopologyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &FileChangeMonitor::check);
    const auto schedule = [this] {
        m_settle.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, schedule);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, schedule);
    connect(document, &TopologyDocument::filePathChanged, this, [this] {
        m_reported = FileFingerprint();
        watch();
    });
    connect(document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        m_settle.stop();
    });
    watch();
}

void FileChangeMonitor::watch()
{
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    if (!m_document || m_document->filePath().isEmpty())
        return;
    const QString path = m_document->filePath();
    m_watcher.addPath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
}

void FileChangeMonitor::check()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    const QString path = m_document->filePath();
    // A file replaced by a rename, or deleted and written again, is a new inode to watch.
    if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
    const FileFingerprint now = FileFingerprint::of(path);
    if (m_document->diskFingerprint().isNull() || !now.differsFrom(m_document->diskFingerprint())) {
        m_reported = FileFingerprint();
        return;
    }
    if (!m_reported.isNull() && !now.differsFrom(m_reported))
        return;
    m_reported = now;
    emit changedOnDisk(path, !now.exists());
}

} // namespace Topologist
