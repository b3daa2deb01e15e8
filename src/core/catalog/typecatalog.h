// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "support/diagnostic.h"

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
    /// Resource folder of the bundled library.
    static QString bundledRoot() { return QStringLiteral(":/types"); }

    /// Adds every archive under bundledRoot().
    void addBundledLibrary();
    /// Adds an archive from a folder holding one root definitions file (or TOSCA-Metadata), or
    /// every such archive in its subfolders.
    bool addFolder(const QString &path, Diagnostics *diagnostics);
    /// Adds an archive from a single YAML definitions file; its folder is the archive root.
    bool addDefinitionsFile(const QString &path, Diagnostics *diagnostics);
    /// Adds a CSAR: unpacked safely (see UnpackedCsar) into a private temporary folder that
    /// lives as long as the catalog; the entry's rootPath and definitionsPath point into it.
    /// Diagnostics about the definitions name them `ARCHIVE!PATH`; a refused archive (not a zip,
    /// zip slip, bomb, no entry definitions...) gives errors naming the archive and leaves
    /// nothing on disk.
    bool addCsar(const QString &path, Diagnostics *diagnostics);
    /// Adds whichever of the three `path` is; a CSAR is recognised by its .csar/.zip suffix or
    /// by its zip signature.
    bool addPath(const QString &path, Diagnostics *diagnostics);

    const CatalogEntry *find(const QString &name, const QString &version) const;
    const CatalogEntry *find(const QString &id) const;
    QStringList versionsOf(const QString &name) const;
    QList<const CatalogEntry *> entries() const;

private:
    bool addEntry(CatalogEntry entry, Diagnostics *diagnostics);
    bool addArchiveRoot(const QString &root,
                        CatalogEntry::Origin origin,
                        const QString &source,
                        Diagnostics *diagnostics);

    std::vector<std::unique_ptr<CatalogEntry>> m_entries;
    std::vector<std::shared_ptr<const UnpackedCsar>> m_unpacked;
};

} // namespace Topologist
