// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogsnapshot.h"
#include "catalog/loadedtopology.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

class TypeCatalog;

/// Reads a topology file and resolves its imports against a TypeCatalog: catalog imports
/// (`name:version`), relative file imports (standard TOSCA), and the implicit TOSCA Simple
/// Profile for tosca_simple_yaml files that import nothing from the catalog.
///
/// CSARs are read too: loadFile() hands a path with a .csar/.zip suffix or a zip signature to
/// loadCsar(). Diagnostics inside a CSAR name the file as `ARCHIVE!PATH:line:column`, e.g.
/// `build/marathon.csar!marathon.yml:12:3`, where ARCHIVE is the path as given (or
/// displayPath); problems of the archive itself (not a zip, zip slip, bomb, no entry
/// definitions) name ARCHIVE alone and leave the result unreadable.
class TopologyLoader
{
public:
    /// Resolves against what @p catalog holds now.
    explicit TopologyLoader(const TypeCatalog &catalog);
    /// Resolves against a snapshot: safe on a thread other than the catalog's.
    explicit TopologyLoader(CatalogSnapshot catalog);

    /// Reads a YAML file, or a CSAR (see loadCsar). @p displayPath replaces the path in
    /// diagnostics.
    LoadedTopology loadFile(const QString &filePath, const QString &displayPath = QString()) const;
    /// Unpacks a CSAR safely into a temporary folder that LoadedTopology::csar keeps alive,
    /// and reads its entry definitions from there.
    LoadedTopology loadCsar(const QString &csarPath, const QString &displayPath = QString()) const;
    LoadedTopology loadBytes(const QByteArray &bytes, const QString &fileName) const;
    /// Resolves the imports of an archive already in memory (e.g. after the user edited its
    /// imports) into a type registry. With @p confinedTo (an unpacked CSAR's root), file
    /// imports must be files inside that folder (TOPO-IMP-006); file imports are only ever
    /// read when they are regular files (TOPO-IMP-005).
    LoadedTopology resolve(ToscaArchive archive,
                           Diagnostics diagnostics,
                           const QString &confinedTo = QString()) const;

private:
    CatalogSnapshot m_catalog;
};

} // namespace Topologist
