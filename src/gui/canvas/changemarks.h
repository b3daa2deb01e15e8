// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/nodeitem.h"

#include <QHash>
#include <QString>

namespace Topologist {

class Comparison;

/// The cards' marks of a comparison with another version (NodeItem::ChangeMark): added, or
/// changed in any way (renamed, retyped, edited). Computed from the Comparison, never kept.
class ChangeMarks
{
public:
    /// The mark of node `name`; none without a comparison.
    static NodeItem::ChangeMark of(const Comparison *comparison, const QString &name);
    /// Marks every card as `comparison` sees it (none: clears them).
    static void update(const QHash<QString, NodeItem *> &items, const Comparison *comparison);
};

} // namespace Topologist
