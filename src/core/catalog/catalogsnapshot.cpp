// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogsnapshot.h"

namespace Topologist {

CatalogSnapshot::CatalogSnapshot(const QList<const CatalogEntry *> &entries)
    : m_entries(entries)
{
    m_byId.reserve(entries.size());
    for (const CatalogEntry *entry : entries)
        m_byId.insert(entry->id(), entry);
}

const CatalogEntry *CatalogSnapshot::find(const QString &name, const QString &version) const
{
    return m_byId.value(name + QLatin1Char(':') + version);
}

QStringList CatalogSnapshot::versionsOf(const QString &name) const
{
    QStringList versions;
    for (const CatalogEntry *entry : m_entries) {
        if (entry->name == name)
            versions << entry->version;
    }
    return versions;
}

} // namespace Topologist
