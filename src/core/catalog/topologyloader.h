// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/loadedtopology.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

class TypeCatalog;

/// Reads a topology file and resolves its imports against a TypeCatalog: catalog imports
/// (`name:version`), relative file imports (standard TOSCA), and the implicit TOSCA Simple
/// Profile for tosca_simple_yaml files that import nothing from the catalog.
class TopologyLoader
{
public:
    explicit TopologyLoader(const TypeCatalog &catalog);

    LoadedTopology loadFile(const QString &filePath, const QString &displayPath = QString()) const;
    LoadedTopology loadBytes(const QByteArray &bytes, const QString &fileName) const;
    /// Resolves the imports of an archive already in memory (e.g. after the user edited its
    /// imports) into a type registry.
    LoadedTopology resolve(ToscaArchive archive, Diagnostics diagnostics) const;

private:
    const TypeCatalog &m_catalog;
};

} // namespace Topologist
