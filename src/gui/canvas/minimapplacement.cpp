// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/minimapplacement.h"

#include <QtMath>

#include <algorithm>

namespace Topologist {

namespace {

constexpr int largestWidth = 220;
constexpr int largestHeight = 150;
constexpr int smallestWidth = 100;

} // namespace

QSize MinimapPlacement::sizeFor(const QSize &viewport)
{
    constexpr double aspect = double(largestHeight) / largestWidth;
    // A tenth of the viewport's area: width * width * aspect = area / 10.
    const double share = std::sqrt(double(viewport.width()) * viewport.height() / 10 / aspect);
    const int width = std::clamp(int(share), smallestWidth, largestWidth);
    return QSize(width, qRound(width * aspect));
}

QRect MinimapPlacement::rectIn(Corner corner, const QSize &viewport, const QSize &size)
{
    const bool right = corner == Corner::BottomRight || corner == Corner::TopRight;
    const bool bottom = corner == Corner::BottomRight || corner == Corner::BottomLeft;
    const int x = right ? viewport.width() - size.width() - margin : margin;
    const int y = bottom ? viewport.height() - size.height() - margin : margin;
    return QRect(QPoint(x, y), size);
}

MinimapPlacement::Corner
MinimapPlacement::choose(Corner current,
                         const QSize &viewport,
                         const QSize &size,
                         const std::function<double(const QRect &)> &hidden)
{
    const double now = hidden(rectIn(current, viewport, size));
    Corner best = current;
    double least = now;
    for (Corner corner :
         {Corner::BottomRight, Corner::BottomLeft, Corner::TopRight, Corner::TopLeft}) {
        const double here = hidden(rectIn(corner, viewport, size));
        if (here < least) {
            least = here;
            best = corner;
        }
    }
    return least < now / 2 ? best : current;
}

} // namespace Topologist
