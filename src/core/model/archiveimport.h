// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
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
    /// Other keys of a file import written as a mapping (`repository`, `namespace_prefix`),
    /// kept for saving.
    Value extras;
    SourceLocation location;

    bool isCatalogImport() const { return file.isEmpty(); }
    QString id() const { return isCatalogImport() ? name + QLatin1Char(':') + version : file; }

    friend bool operator==(const ArchiveImport &a, const ArchiveImport &b)
    {
        return a.name == b.name && a.version == b.version && a.file == b.file
               && a.extras == b.extras;
    }
};

using ArchiveImports = QList<ArchiveImport>;

} // namespace Topologist
