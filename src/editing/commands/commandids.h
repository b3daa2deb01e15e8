// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Topologist {

/// Merge ids of commands that combine successive edits into one undo step (QUndoCommand::id).
enum CommandId {
    Cmd_EditNodes = 1000, ///< only merges when both commands carry the same merge key
    Cmd_MoveNodes,
};

} // namespace Topologist
