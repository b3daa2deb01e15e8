// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Topologist {

/// Where the canvas looks when a topology opens. The canvas text is 10 to 12 px at 100 %, so
/// fitting a large diagram makes it unreadable (about 6 px on a 1400×900 window for the
/// Marathon template). A diagram that fits at 100 % is shown whole; a larger one at 100 %,
/// scrolled to its top-left corner, where the layout starts; the minimap and "Fit" show the
/// rest.
struct OpeningView
{
    double zoom = 1.0;
    QPointF center;

    /// The view of `diagram` (scene units) in a viewport of `viewport` pixels.
    static OpeningView of(const QRectF &diagram, const QSizeF &viewport);
    /// The margin kept around the diagram (and by Fit), in scene units at 100 %.
    static constexpr qreal margin = 30;
};

} // namespace Topologist
