// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"
#include "model/toscaarchive.h"

namespace Topologist {

/// What a three-way merge gives: the merged topology, each conflict holding its resolution's
/// side (ours while unresolved), and the conflicts.
struct MergeResult
{
    ToscaArchive merged;
    Conflicts conflicts;

    /// Conflicts nobody has picked a side for yet.
    Conflicts unresolved() const
    {
        Conflicts result;
        for (const Conflict &conflict : conflicts) {
            if (!conflict.isResolved())
                result.append(conflict);
        }
        return result;
    }
    bool isClean() const { return unresolved().isEmpty(); }
};

} // namespace Topologist
