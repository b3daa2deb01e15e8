// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"

namespace Topologist {

/// Drops the comments of what an edit deleted from a node template (a property, a requirement),
/// so that they do not end up above whatever the writer puts in its place. An element is
/// deleted when the written form of the node had it before the edit and has it no more.
class CommentPruner
{
public:
    /// `after`'s comments, without those of elements `before` had and `after` has not.
    static CommentMap pruned(const NodeTemplate &before, const NodeTemplate &after);
};

} // namespace Topologist
