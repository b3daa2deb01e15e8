// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

namespace Topologist {

/// Where the first window goes when no earlier session left a geometry: the size the layout
/// was designed for where the screen has room, otherwise most of the screen, centred on it.
class FirstWindowGeometry
{
public:
    static constexpr QSize preferred{1400, 900};

    /// `available` is the screen's area without panels and docks; `least` the smallest size
    /// the window's panels allow, which wins over the screen (the window then starts at the
    /// screen's left or top edge rather than past its right or bottom one).
    static QRect
    within(const QRect &available, const QSize &least = QSize(), const QSize &wanted = preferred);
};

} // namespace Topologist
