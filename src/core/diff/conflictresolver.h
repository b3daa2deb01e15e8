// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"
#include "model/toscaarchive.h"

#include <QString>

#include <optional>

namespace Topologist {

/// Settles one conflict of a merged topology, the way the designer resolves them one at a time
/// without the three versions the merge read: the file holds ours of every conflict it records
/// (MergeConflictRecord), and the record holds theirs.
///
/// Taking ours keeps the element as the file has it; taking theirs puts their value at the
/// conflict's path: a property, a whole requirement, capability or artifact, a node deleted by
/// one side and edited by the other, a node both renamed, an input, output, group, policy,
/// import, repository or header field. Either way the conflict leaves the record, which goes
/// when it is the last one, so the file is then plain TOSCA.
class ConflictResolver
{
public:
    /// `archive` with `conflict` settled on `side`; nothing, with the reason in `error`, when
    /// its element cannot be found or their value cannot be read (a node deleted since, say).
    static std::optional<ToscaArchive>
    resolve(const ToscaArchive &archive, const Conflict &conflict, MergeSide side, QString *error);
    /// The node template `conflict` is about as the merged topology names it; empty when it is
    /// about another part of the topology.
    static QString nodeOf(const Conflict &conflict);
};

} // namespace Topologist
