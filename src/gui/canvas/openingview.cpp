// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/openingview.h"

namespace Topologist {

OpeningView OpeningView::of(const QRectF &diagram, const QSizeF &viewport)
{
    OpeningView view;
    if (diagram.isEmpty())
        return view;
    const QRectF target = diagram.adjusted(-margin, -margin, margin, margin);
    // Along each axis: centred when the diagram fits, else from its start.
    const auto along = [](qreal start, qreal length, qreal room) {
        return length <= room ? start + length / 2 : start + room / 2;
    };
    view.center = QPointF(along(target.left(), target.width(), viewport.width()),
                          along(target.top(), target.height(), viewport.height()));
    return view;
}

} // namespace Topologist
