// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

namespace Topologist {

class LabelObstacles;

/// Where new cards go when the user did not say where (a paste, a type added from the palette
/// without a host): the nearest place to the wanted one where they cover no card, so that
/// pasting twice does not stack the copies on each other.
class FreeSpot
{
public:
    /// The top-left corner nearest `wanted` (on a 20 px grid around it) where a rectangle of
    /// `size` keeps `gap` away from every card in `obstacles`; `wanted` when there is none
    /// within the search.
    static QPointF near(const LabelObstacles &obstacles,
                        const QSizeF &size,
                        const QPointF &wanted,
                        qreal gap = 20);
};

} // namespace Topologist
