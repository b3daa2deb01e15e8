// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"

#include <QString>
#include <QStringList>

namespace Topologist {

/// A folder the user gave as a type library: a repository of archives at any depth (see
/// ArchiveFinder). What it holds is in the catalog; this records which archives came from it
/// and what was wrong with the rest, so that one bad archive is a warning on its library and
/// never blocks the others.
struct TypeLibrary
{
    /// The folder, absolute.
    QString rootPath;
    /// `name:version` of every archive the catalog took from this library, in the order found.
    QStringList archiveIds;
    /// Archives the library holds but the catalog could not use (unreadable, no
    /// template_name/template_version, a `name:version` already known, a folder it could not
    /// search): warnings naming the file or folder and why.
    Diagnostics problems;
};

} // namespace Topologist
