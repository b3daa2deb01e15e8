// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QPainter;
class QStyleOptionViewItem;

namespace Topologist {

/// The arrow that folds a row of a list shown as a tree (the outline, the problem list): where
/// it sits in a row and how the style draws it, the same in every such list.
class FoldArrow
{
public:
    /// Its place in `row`, `indent` pixels in from the row's left edge.
    static QRect rect(const QRect &row, int indent);
    /// Draws it pointing down when `unfolded`, right otherwise, dimmed like secondary text.
    static void
    paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, bool unfolded);
};

} // namespace Topologist
