// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"

#include <QList>
#include <QString>

namespace Topologist {

/// Finds the type archives of a type library: a folder holding many archives at any depth, as a
/// git checkout of an Alien4Cloud repository does. It looks for them the way Alien4Cloud's git
/// import does: a folder is an archive when one of its YAML files is a TOSCA definitions file
/// (it has a top-level `tosca_definitions_version`); the other files and folders in it belong
/// to that archive. A `.csar` file found anywhere is an archive too.
///
/// The walk never follows a link to a folder (a loop or an escape from the library), skips
/// hidden folders (`.git`), and stops at fixed depth and folder-count caps, so a hostile or
/// huge tree costs bounded time; what it passes over is reported.
class ArchiveFinder
{
public:
    struct Found
    {
        enum class Kind { Folder, Csar };
        Kind kind = Kind::Folder;
        /// The archive's folder, or the CSAR file.
        QString path;
        /// For a folder: its definitions file.
        QString definitionsFile;
    };

    static constexpr int maxDepth = 32;
    static constexpr int maxFolders = 50000;

    /// Every archive under @p root, in a stable order (folders by name, depth first). Folders
    /// it cannot use (several definitions files, too deep, too many) become warnings in
    /// @p problems naming the folder.
    static QList<Found> find(const QString &root, Diagnostics *problems);

    /// True when @p yamlFile declares `tosca_definitions_version` at its top level. Only the
    /// beginning of the file is read.
    static bool isDefinitionsFile(const QString &yamlFile);
};

} // namespace Topologist
