// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflictrecorder.h"
#include "diff/mergeresult.h"

namespace Topologist {

struct ToscaArchive;
class TopologyTemplate;

/// The three-way merge of two versions of a topology (ours, theirs) made from a common base,
/// at the model level: node templates by name (renames, found as TopologyDiff finds them,
/// follow), each node's properties, capability values and interfaces key by key, its
/// requirements and artifacts one by one, and so on for inputs, outputs, groups, policies,
/// imports and the header. Two branches that each add a node to the same machine merge
/// cleanly; the same property set to two values is a conflict.
///
/// The result starts from ours (its comments, layout of untouched nodes, dialect) and takes
/// theirs where only they changed something. A conflict takes the side `choices` picks for it,
/// or ours: a view resolving conflicts one at a time merges again with its choices.
class TopologyMerge
{
public:
    static MergeResult merge(const ToscaArchive &base,
                             const ToscaArchive &ours,
                             const ToscaArchive &theirs,
                             const MergeChoices &choices = {});
};

} // namespace Topologist
