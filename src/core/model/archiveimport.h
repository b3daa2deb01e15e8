// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// One entry of `imports:`. Alien4Cloud imports catalog archives as `name:version`; standard
/// TOSCA files may import a relative file instead (`file`).
struct ArchiveImport
{
    QString name;
    QString version;
    QString file;
    SourceLocation location;

    bool isCatalogImport() const { return file.isEmpty(); }
    QString id() const { return isCatalogImport() ? name + QLatin1Char(':') + version : file; }

    friend bool operator==(const ArchiveImport &a, const ArchiveImport &b)
    {
        return a.name == b.name && a.version == b.version && a.file == b.file;
    }
};

using ArchiveImports = QList<ArchiveImport>;

} // namespace Topologist
