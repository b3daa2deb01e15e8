// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"
#include "model/toscaarchive.h"
#include "support/diagnostic.h"
#include "types/typeregistry.h"

#include <QList>

#include <memory>

namespace Topologist {

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
};

} // namespace Topologist
