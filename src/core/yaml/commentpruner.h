// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"

namespace Topologist {

/// Keeps a node template's comments on their elements through an edit: what the edit deleted
/// (a property, a requirement) takes its comments along, so that they do not end up above
/// whatever the writer puts in its place, and a list item keeps its comments when an item
/// before it is deleted. Elements are compared in the node's written form before and after.
class CommentPruner
{
public:
    /// `after`'s comments, without those of elements `before` had and `after` has not, and with
    /// list indices moved to where each item is now.
    static CommentMap pruned(const NodeTemplate &before, const NodeTemplate &after);
};

} // namespace Topologist
