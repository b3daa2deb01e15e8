// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

#include <functional>

namespace Topologist {

/// Where the minimap sits on the canvas and how big it is. It takes a small share of the view
/// (on a 1280x720 screen the canvas is about 590x350 px, and a fixed 220x150 map hid a fifth
/// of it), in the corner that hides the fewest cards. It stays in its corner until another
/// hides less than half as much, so that it does not hop about while the user scrolls.
class MinimapPlacement
{
public:
    enum class Corner { BottomRight, BottomLeft, TopRight, TopLeft };

    /// The map's size for a viewport of `viewport` pixels: at most 220x150 and about a tenth of
    /// the viewport's area, never under 100 px wide.
    static QSize sizeFor(const QSize &viewport);
    /// The map's rectangle in a corner of a viewport of `viewport` pixels.
    static QRect rectIn(Corner corner, const QSize &viewport, const QSize &size);
    /// The corner to use now, from the one in use: `hidden` says how much of the diagram
    /// (in whatever unit, e.g. card area) a rectangle of the viewport hides.
    static Corner choose(Corner current,
                         const QSize &viewport,
                         const QSize &size,
                         const std::function<double(const QRect &)> &hidden);

    static constexpr int margin = 12;
};

} // namespace Topologist
