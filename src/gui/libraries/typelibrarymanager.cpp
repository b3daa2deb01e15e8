// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraries/typelibrarymanager.h"

#include "catalog/typecatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Topologist {

TypeLibraryManager::TypeLibraryManager(TypeCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &TypeLibraryManager::refreshChanged);
    connect(&m_watcher,
            &QFileSystemWatcher::directoryChanged,
            this,
            &TypeLibraryManager::folderChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &TypeLibraryManager::folderChanged);
    watch();
}

void TypeLibraryManager::restore(TypeCatalog &catalog)
{
    const QSettings settings;
    for (const QString &folder : settings.value(settingsKey()).toStringList()) {
        Diagnostics ignored;
        catalog.addLibrary(folder, &ignored);
    }
    for (const QString &path : settings.value(legacyArchivesKey()).toStringList()) {
        Diagnostics ignored;
        catalog.addPath(path, &ignored);
    }
}

bool TypeLibraryManager::addLibrary(const QString &folder, Diagnostics *diagnostics)
{
    const bool added = m_catalog.addLibrary(folder, diagnostics);
    if (!added)
        m_catalog.removeLibrary(folder);
    save();
    watch();
    emit librariesChanged();
    return added;
}

void TypeLibraryManager::removeLibrary(const QString &folder)
{
    m_catalog.removeLibrary(folder);
    save();
    watch();
    emit librariesChanged();
}

void TypeLibraryManager::refresh(const QString &folder)
{
    refreshFolders({folder});
}

void TypeLibraryManager::refreshFolders(const QStringList &folders)
{
    for (const QString &folder : folders) {
        Diagnostics ignored; // the library keeps its own problems
        m_catalog.refreshLibrary(folder, &ignored);
    }
    watch();
    emit librariesChanged();
}

void TypeLibraryManager::save() const
{
    QStringList folders;
    for (const TypeLibrary *library : m_catalog.libraries())
        folders << library->rootPath;
    QSettings().setValue(settingsKey(), folders);
}

void TypeLibraryManager::watch()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    QSet<QString> folders;
    QStringList files;
    for (const TypeLibrary *library : m_catalog.libraries()) {
        folders.insert(library->rootPath);
        for (const QString &id : library->archiveIds) {
            const CatalogEntry *entry = m_catalog.find(id);
            if (!entry)
                continue;
            files << entry->definitionsPath;
            // Every folder from the archive up to the library, so that a new archive beside
            // it is noticed too.
            for (QDir dir(entry->rootPath); dir.absolutePath().startsWith(library->rootPath)
                                            && dir.absolutePath().size() > library->rootPath.size();
                 dir.cdUp())
                folders.insert(dir.absolutePath());
        }
    }
    if (!folders.isEmpty())
        m_watcher.addPaths(QStringList(folders.cbegin(), folders.cend()));
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

void TypeLibraryManager::folderChanged(const QString &path)
{
    const QString library = libraryHolding(path);
    if (library.isEmpty())
        return;
    m_changed.insert(library);
    m_settle.start();
}

void TypeLibraryManager::refreshChanged()
{
    const QSet<QString> changed = std::exchange(m_changed, {});
    refreshFolders(QStringList(changed.cbegin(), changed.cend()));
}

QString TypeLibraryManager::libraryHolding(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString best;
    for (const TypeLibrary *library : m_catalog.libraries()) {
        const QString &root = library->rootPath;
        const bool inside = absolute == root || absolute.startsWith(root + QLatin1Char('/'));
        if (inside && root.size() > best.size())
            best = root;
    }
    return best;
}

} // namespace Topologist
