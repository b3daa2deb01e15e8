// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Topologist {

class TypeCatalog;

/// The designer's side of the type libraries: which folders the user gave (kept in the
/// settings), and keeping the catalog in step with them when a folder changes on disk (a git
/// pull, a new archive) or when the user asks. The catalog itself stays GUI-free; views learn
/// of a change through librariesChanged().
class TypeLibraryManager : public QObject
{
    Q_OBJECT

public:
    explicit TypeLibraryManager(TypeCatalog &catalog, QObject *parent = nullptr);

    /// Settings key of the library folders; the archives added one by one before libraries
    /// existed stay under legacyArchivesKey().
    static QString settingsKey() { return QStringLiteral("typeLibraries"); }
    static QString legacyArchivesKey() { return QStringLiteral("typeArchives"); }
    /// Adds what the settings list to @p catalog; a folder that vanished is skipped, not fatal.
    static void restore(TypeCatalog &catalog);

    const TypeCatalog &catalog() const { return m_catalog; }
    /// Adds a library folder and remembers it. Returns false (with why in @p diagnostics) when
    /// the folder holds no archive; the folder is then not remembered.
    bool addLibrary(const QString &folder, Diagnostics *diagnostics);
    void removeLibrary(const QString &folder);
    void refresh(const QString &folder);

    /// How long changes on disk are gathered before the library is searched again: a checkout
    /// touches many files at once.
    static constexpr int settleMilliseconds = 400;

signals:
    void librariesChanged();

private:
    void save() const;
    void watch();
    void folderChanged(const QString &path);
    void refreshChanged();
    void refreshFolders(const QStringList &folders);
    QString libraryHolding(const QString &path) const;

    TypeCatalog &m_catalog;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QSet<QString> m_changed;
};

} // namespace Topologist
