// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QRandomGenerator;

namespace Topologist {
class TopologyDocument;
}

namespace Topologist::Test {

/// One edit a user might make, picked at random, for tests that check the scene keeps some
/// bookkeeping exact through any sequence of edits: add a node on a host, delete, rename,
/// move, change a property, re-host, or undo the last edit. An edit the document refuses
/// does nothing.
class RandomEdit
{
public:
    /// `step` names what the edit creates (renames), so that each step's names differ.
    static void apply(TopologyDocument *document, QRandomGenerator &random, int step);
};

} // namespace Topologist::Test
