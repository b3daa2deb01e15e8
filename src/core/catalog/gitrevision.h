// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/loadedtopology.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Topologist {

class TypeCatalog;

/// A topology as a git revision has it: what `git show REV:PATH` prints, run by the real git.
/// The CLI reads `git:REV:PATH` through it and the designer's Compare With > Version in HEAD.
class GitRevision
{
public:
    /// Whether `folder` is inside a git work tree; when not, `why` says so, or that git cannot
    /// be started.
    static bool isInWorkTree(const QString &folder, QString *why = nullptr);
    /// `git show <object>` run in `folder` (empty: the current folder); nothing, with git's own
    /// message or why git did not run in `error`, when it fails.
    static std::optional<QByteArray>
    show(const QString &object, const QString &folder, QString *error);
    /// The topology of `object` (REV:PATH; a PATH starting with ./ is relative to `folder`),
    /// read as TopologyLoader::loadFile() reads files, through a temporary copy so that a CSAR
    /// in git is read as one; diagnostics name it `displayPath`. Nothing with the reason in
    /// `error` when git fails or the copy cannot be written; a result that is not readable
    /// carries its diagnostics.
    static std::optional<LoadedTopology> load(const QString &object,
                                              const QString &folder,
                                              const QString &displayPath,
                                              const TypeCatalog &catalog,
                                              QString *error);
    /// What the version of `filePath` in HEAD is asked as: HEAD:./<its name>, from its folder.
    static QString headObject(const QString &filePath);
};

} // namespace Topologist
