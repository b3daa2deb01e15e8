// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "model/toscaarchive.h"
#include "support/diagnostic.h"
#include "types/typeregistry.h"

#include <QList>

#include <memory>

namespace Topologist {

class UnpackedCsar;

/// A topology read from a file with its imports resolved: the archive, the types it can use,
/// the catalog archives it depends on (in the order they must be uploaded), and what went wrong.
struct LoadedTopology
{
    ToscaArchive archive;
    std::shared_ptr<const TypeRegistry> types;
    /// Imported catalog archives, transitively, dependencies first.
    QList<const CatalogEntry *> dependencies;
    Diagnostics diagnostics;
    /// False when the file could not be parsed at all (nothing to show or edit).
    bool readable = false;
    /// Set when the topology was read from a CSAR: the unpacked copy that archive.filePath and
    /// rootPath point into. Whoever keeps the topology's files in use (an open document, an
    /// export) keeps this pointer, which keeps the temporary folder.
    std::shared_ptr<const UnpackedCsar> csar;
    /// The folder the archive's relative file references (scripts, artifacts, icons) resolve
    /// against: the CSAR's root for a CSAR, the folder of the file for a YAML file, empty for
    /// bytes read from memory.
    QString rootPath;

    bool isFromCsar() const { return csar != nullptr; }
};

} // namespace Topologist
