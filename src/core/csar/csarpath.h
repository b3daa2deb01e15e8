// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// The rules an entry path inside a CSAR must follow, shared by CsarReader (which refuses archives
/// that break them) and CsarWriter (which refuses to write them). A path that passes stays inside
/// the folder it is extracted into on Linux, macOS and Windows alike, and names the same file on
/// all three: the archive a Linux user opens may be sent to a Windows colleague.
class CsarPath
{
public:
    /// Why @p name cannot be used, as a translated sentence fragment ("the name has a \"..\"
    /// segment"), or an empty string when it can. Folder names end with '/', which is only
    /// accepted when @p allowDirectory is true.
    static QString problem(const QString &name, bool allowDirectory);

    /// Two names with the same key land on the same file on a case-insensitive or
    /// Unicode-normalising filesystem (Windows, macOS), so an archive must not hold both.
    static QString clashKey(const QString &name);
    /// The clash keys of the folders @p name sits in ("a/b/c.yml": "a", "a/b"), against which a
    /// file's own key is checked, since a file cannot also be a folder.
    static QStringList folderKeys(const QString &name);

    /// @p name with control and direction-changing characters escaped, so a hostile name cannot
    /// rewrite a terminal or disguise itself in a message.
    static QString printable(const QString &name);
};

} // namespace Topologist
