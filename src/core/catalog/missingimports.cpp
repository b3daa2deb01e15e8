// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/missingimports.h"

#include "catalog/typecatalog.h"

namespace Topologist {

MissingImports::MissingImports(const ArchiveImports &imports, const TypeCatalog &catalog)
{
    for (const ArchiveImport &import : imports) {
        if (import.isCatalogImport() && !catalog.find(import.name, import.version))
            m_missing.append({import, catalog.newestVersionOf(import.name)});
    }
}

bool MissingImports::hasReplacements() const
{
    for (const Missing &m : m_missing) {
        if (!m.available.isEmpty())
            return true;
    }
    return false;
}

ArchiveImports MissingImports::withReplacements(const ArchiveImports &imports) const
{
    ArchiveImports replaced;
    for (const ArchiveImport &import : imports) {
        ArchiveImport kept = import;
        for (const Missing &m : m_missing) {
            if (m.import == import && !m.available.isEmpty())
                kept.version = m.available;
        }
        // Two old versions may both become the same available one.
        if (!replaced.contains(kept))
            replaced.append(kept);
    }
    return replaced;
}

} // namespace Topologist
