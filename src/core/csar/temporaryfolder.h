// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Topologist {

/// Private working folders under QDir::tempPath(), named `topologist-<purpose>-<pid>-XXXXXX`.
///
/// A QTemporaryDir removes itself when destroyed, but a process that is killed or crashes while
/// unpacking or pushing leaves its folder behind. The process id in the name tells who owns a
/// folder, so the first folder a process creates first removes those of processes that no longer
/// run; folders of live processes, of other users and of other programs are left alone.
class TemporaryFolder
{
public:
    /// A new folder for @p purpose ("csar", "push"), or null with the reason in @p error (no
    /// temporary folder: TMPDIR names none, or it cannot be written).
    static std::unique_ptr<QTemporaryDir> create(const QString &purpose, QString *error);

    /// Removes the `topologist-*-<pid>-*` folders in @p root whose process is gone and that
    /// belong to the current user; returns their paths. create() calls it once per process.
    static QStringList removeStale(const QString &root);

    /// The process id a folder name carries, or 0 for a name not made by create().
    static qint64 ownerPid(const QString &folderName);
    static bool isProcessRunning(qint64 pid);
};

} // namespace Topologist
