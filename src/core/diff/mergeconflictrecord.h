// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"

#include <QString>

namespace Topologist {

struct ToscaArchive;

/// The conflicts of a merge, kept in the merged file so that the designer can open it and
/// resolve them: one `metadata` entry (metadataKey()) holding them as compact JSON, each with
/// its path, kind, node and the base, ours and theirs values. The topology itself holds ours, so
/// the file stays valid TOSCA that Alien4Cloud reads (it keeps unknown metadata as tags).
class MergeConflictRecord
{
public:
    static QString metadataKey() { return QStringLiteral("topologist_merge_conflicts"); }

    /// Replaces the record in `archive` by `conflicts`; none removes it.
    static void write(const Conflicts &conflicts, ToscaArchive *archive);
    /// The conflicts recorded in `archive`; none when it has no record or an unreadable one.
    static Conflicts read(const ToscaArchive &archive);
    static void clear(ToscaArchive *archive);
};

} // namespace Topologist
