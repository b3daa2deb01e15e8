// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"

#include <QString>

#include <optional>

namespace Topologist {

class TypeCatalog;

/// The other version a Comparison compares the document with, read as the CLI's diff reads
/// its inputs: another file (YAML or CSAR), or the document's file as git's HEAD has it.
class ComparisonSource
{
public:
    /// The topology of `path`; nothing, with why in `error`, when it cannot be read.
    static std::optional<ToscaArchive>
    file(const QString &path, const TypeCatalog &catalog, QString *error);
    /// `documentPath` as the last commit of its repository has it (git show HEAD:./name, run
    /// in its folder); nothing, with git's reason in `error` (git missing, not a repository,
    /// the file not committed), when it cannot be had.
    static std::optional<ToscaArchive>
    head(const QString &documentPath, const TypeCatalog &catalog, QString *error);
    /// Whether `documentPath` is in a git work tree, so that its HEAD version may be asked;
    /// when not, `why` says why (no file yet, not in a repository, git missing).
    static bool canUseHead(const QString &documentPath, QString *why = nullptr);
};

} // namespace Topologist
