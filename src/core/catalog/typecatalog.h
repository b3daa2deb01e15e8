// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "catalog/catalogsnapshot.h"
#include "catalog/typelibrary.h"
#include "support/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Topologist {

class UnpackedCsar;

/// The type archives Topologist knows, by `name:version`: the bundled library (normative types,
/// Docker engine, Mesos, Aurora, TOSCA Simple Profile) plus whatever the user adds as a folder,
/// a YAML file or a CSAR. Topologies resolve their `imports` here.
class TypeCatalog
{
public:
    TypeCatalog();
    ~TypeCatalog();
    TypeCatalog(const TypeCatalog &) = delete;
    TypeCatalog &operator=(const TypeCatalog &) = delete;

    /// The archive used for tosca_simple_yaml files that import nothing from the catalog.
    static QString simpleProfileId() { return QStringLiteral("tosca-simple-profile:1.0.0"); }
    /// The normative types new topologies import: alien_dsl_1_4_0 files import them, and every
    /// Alien4Cloud from 1.4 on accepts them (1.0.0-ALIEN20 needs 2.x).
    static QString defaultNormativeName() { return QStringLiteral("tosca-normative-types"); }
    static QString defaultNormativeVersion() { return QStringLiteral("1.0.0-ALIEN14"); }
    /// Resource folder of the bundled library.
    static QString bundledRoot() { return QStringLiteral(":/types"); }

    /// Adds every archive under bundledRoot().
    void addBundledLibrary();
    /// Adds an archive from a single YAML definitions file; its folder is the archive root.
    bool addDefinitionsFile(const QString &path, Diagnostics *diagnostics);
    /// Adds a CSAR: unpacked safely (see UnpackedCsar) into a private temporary folder that
    /// lives as long as the catalog; the entry's rootPath and definitionsPath point into it.
    /// Diagnostics about the definitions name them `ARCHIVE!PATH`; a refused archive (not a zip,
    /// zip slip, bomb, no entry definitions...) gives errors naming the archive and leaves
    /// nothing on disk.
    bool addCsar(const QString &path, Diagnostics *diagnostics);
    /// Adds whichever of the three `path` is; a CSAR is recognised by its .csar/.zip suffix or
    /// by its zip signature. A folder is added as a library (addLibrary).
    bool addPath(const QString &path, Diagnostics *diagnostics);

    /// Adds every archive found at any depth under @p root (see ArchiveFinder) and remembers
    /// the folder as a library. An archive that cannot be used (unreadable, no name or version,
    /// a `name:version` already known) is a warning on the library and is skipped; an archive
    /// that is read with errors is kept, so that a topology importing it learns why it is
    /// broken. Returns false, with an error in @p diagnostics, only when @p root is no folder
    /// or holds no archive at all; the library's warnings are appended to @p diagnostics too.
    bool addLibrary(const QString &root, Diagnostics *diagnostics);
    /// Searches a library's folder again: archives that vanished leave the catalog, new and
    /// changed ones are read anew. Entries handed out before stay valid (see m_retired).
    bool refreshLibrary(const QString &root, Diagnostics *diagnostics);
    /// Forgets a library and its archives (entries handed out before stay valid).
    void removeLibrary(const QString &root);
    QList<const TypeLibrary *> libraries() const;
    const TypeLibrary *library(const QString &root) const;

    const CatalogEntry *find(const QString &name, const QString &version) const;
    const CatalogEntry *find(const QString &id) const;
    QStringList versionsOf(const QString &name) const;
    /// The highest version of the archive called @p name (TOSCA version order), or empty.
    QString newestVersionOf(const QString &name) const;
    /// The version of archive @p name to offer a topology that depends on @p dependencies:
    /// the one it already uses (a second version would clash), else for the normative types
    /// the default version, else the newest.
    QString versionToOffer(const QString &name,
                           const QList<const CatalogEntry *> &dependencies) const;
    QList<const CatalogEntry *> entries() const;
    /// What the catalog holds now, for reading on another thread (see CatalogSnapshot). Take
    /// it on the thread that changes the catalog.
    CatalogSnapshot snapshot() const { return CatalogSnapshot(entries()); }

private:
    bool addEntry(CatalogEntry entry, Diagnostics *diagnostics);
    void addFoundToLibrary(TypeLibrary *library, CatalogEntry entry);
    bool scanLibrary(TypeLibrary *library, Diagnostics *diagnostics);
    void findArchives(TypeLibrary *library);
    void retireEntries(const QStringList &ids);
    CatalogEntry readArchiveRoot(const QString &root,
                                 const QString &definitionsFile,
                                 CatalogEntry::Origin origin,
                                 const QString &source) const;
    void addBundledArchive(const QString &root);

    std::vector<std::unique_ptr<CatalogEntry>> m_entries;
    QHash<QString, const CatalogEntry *> m_byId;
    /// Entries a refresh or removal took out of the catalog: open documents, exports and
    /// pushes hold pointers to the entries they resolved, so those live as long as the catalog.
    std::vector<std::unique_ptr<CatalogEntry>> m_retired;
    std::vector<std::unique_ptr<TypeLibrary>> m_libraries;
    std::vector<std::shared_ptr<const UnpackedCsar>> m_unpacked;
};

} // namespace Topologist
