// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// The archives a TypeCatalog held at one moment, for resolving imports on another thread.
///
/// The catalog changes on the UI thread (a library refresh, an archive added) while a topology
/// may be loading in the background; its containers must not be read meanwhile. A snapshot is
/// taken on the catalog's thread and is only read afterwards. The entries it points to stay
/// valid and unchanged as long as the catalog lives: the catalog never edits an entry once
/// others can see it, and keeps the ones a refresh or removal retires.
class CatalogSnapshot
{
public:
    CatalogSnapshot() = default;
    explicit CatalogSnapshot(const QList<const CatalogEntry *> &entries);

    const CatalogEntry *find(const QString &name, const QString &version) const;
    /// The versions of archive @p name, in the catalog's order.
    QStringList versionsOf(const QString &name) const;

private:
    QList<const CatalogEntry *> m_entries;
    QHash<QString, const CatalogEntry *> m_byId;
};

} // namespace Topologist
