// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "support/diagnostic.h"

#include <QString>
#include <QStringList>

namespace Topologist {

/// One type archive the catalog knows: where its files are and what it declares.
struct CatalogEntry
{
    enum class Origin { Bundled, Folder, File, Csar };

    QString name;
    QString version;
    /// Folder that holds the archive's files (scripts, icons, artifacts are relative to it). For
    /// bundled archives this is a Qt resource path (":/types/mesos-types").
    QString rootPath;
    /// The definitions file, inside rootPath.
    QString definitionsPath;
    /// Where the user added it from (the CSAR or YAML file, or the folder).
    QString sourcePath;
    Origin origin = Origin::Bundled;
    /// Declarative validation rules shipped with the archive (`rules/*.yml`, see README).
    QStringList rulesFiles;
    ToscaArchive archive;
    /// What reading the archive reported; an archive with errors is still listed so the user
    /// sees why its types are missing.
    Diagnostics diagnostics;

    /// The type library folder this archive was found in, if any.
    QString libraryRoot;

    QString id() const { return name + QLatin1Char(':') + version; }
    /// True when reading the archive gave errors: a topology that imports it cannot be trusted.
    bool isBroken() const { return hasErrors(diagnostics); }
};

} // namespace Topologist
