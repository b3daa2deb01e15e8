// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// Whether two paths name the same file on disk, the way the operating system sees it: through
/// symbolic links, "..", and hard links (same device and inode), so that an export never writes
/// over one of its own inputs whatever name the user gave the output.
class FileIdentity
{
public:
    /// False when either file does not exist.
    static bool same(const QString &first, const QString &second);
    /// @p path resolved (links followed) lies inside @p folder resolved. A Qt resource path
    /// (":/...") is inside a resource folder by its name, since resources have no links.
    static bool isInside(const QString &folder, const QString &path);
};

} // namespace Topologist
