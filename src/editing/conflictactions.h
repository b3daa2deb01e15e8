// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"

#include <QString>

namespace Topologist {

class TopologyDocument;

/// Resolving the conflicts a three-way merge left in the document (its MergeConflictRecord):
/// each choice of a side is one undo step that changes the element and the record together,
/// so undo brings the conflict back and redo settles it again. Once the last one is settled
/// the record is gone and the file saves as plain TOSCA.
class ConflictActions
{
public:
    explicit ConflictActions(TopologyDocument *document);

    /// The conflicts the document records, in the record's order.
    Conflicts conflicts() const;
    /// Settles `conflict` on `side` (ConflictResolver); false with the reason when its element
    /// is no longer there or their value cannot be read.
    bool resolve(const Conflict &conflict, MergeSide side, QString *error = nullptr);

private:
    TopologyDocument *m_document;
};

} // namespace Topologist
