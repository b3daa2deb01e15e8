// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/archiveimport.h"

#include <QList>

namespace Topologist {

class TypeCatalog;

/// The imports of a topology that no type library holds, and the version of the same archive
/// the libraries do have, so that opening such a topology offers a way on instead of a dead
/// end (Alien4Cloud's own samples import SNAPSHOT versions that were never published).
class MissingImports
{
public:
    struct Missing
    {
        ArchiveImport import;
        /// The newest version of that archive in the catalog, or empty when it has none.
        QString available;
    };

    MissingImports(const ArchiveImports &imports, const TypeCatalog &catalog);

    const QList<Missing> &missing() const { return m_missing; }
    bool isEmpty() const { return m_missing.isEmpty(); }
    /// True when at least one missing import has another version available.
    bool hasReplacements() const;
    /// @p imports with every missing import that has another version moved to it.
    ArchiveImports withReplacements(const ArchiveImports &imports) const;

private:
    QList<Missing> m_missing;
};

} // namespace Topologist
