// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/firstwindowgeometry.h"

namespace Topologist {

QRect FirstWindowGeometry::within(const QRect &available, const QSize &least, const QSize &wanted)
{
    if (!available.isValid())
        return QRect(QPoint(0, 0), wanted.expandedTo(least));
    // A margin for the window frame and title bar, which the geometry does not include.
    const QSize room(available.width() * 95 / 100, available.height() * 90 / 100);
    const QSize size = wanted.boundedTo(room).expandedTo(least);
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    rect.moveLeft(qMax(available.left(), qMin(rect.left(), available.right() + 1 - size.width())));
    rect.moveTop(qMax(available.top(), qMin(rect.top(), available.bottom() + 1 - size.height())));
    return rect;
}

} // namespace Topologist
