// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace Topologist {

class TopologyScene;

/// The diagram at zooms where nothing on a card is readable (a fitted ten-thousand-node
/// topology): every node a plain rectangle in its kind's colour, every arrow a plain line, all
/// drawn in one pass over the scene's nodes instead of item by item. Painting items one by one
/// costs Qt a few microseconds each before anything is drawn, which is a 100 ms frame at 10,000
/// nodes; this pass draws a whole fitted viewport in a few milliseconds.
///
/// What users need at that size stays: the selection, problems (a node or arrow in its worst
/// severity's colour), drag feedback (candidates, accepting and refusing cards, the others
/// dimmed) and the tools' own items (the line of a relationship drag, a move's ghost).
///
/// It comes in two layers so a drag does not redraw ten thousand cards per frame: the settled
/// picture (everything but what a drag moves), which the view keeps as a pixmap until the
/// scene's overview generation changes, and the live layer drawn over it on every frame.
class OverviewPainter
{
public:
    /// Below this zoom the canvas is drawn as an overview (cards show no text below it either).
    static constexpr qreal maximumZoom = 0.3;
    static bool applies(qreal zoom) { return zoom < maximumZoom; }

    /// Draws the background and the cards and arrows that intersect `exposed` (scene
    /// coordinates), leaving out those a drag moves; the painter maps scene coordinates to the
    /// device.
    static void paintSettled(QPainter *painter, const TopologyScene &scene, const QRectF &exposed);
    /// Draws what a drag shows over the settled picture: the dimming, highlighted cards, the
    /// moving cards with their arrows and the tools' items.
    static void paintLive(QPainter *painter, const TopologyScene &scene, const QRectF &exposed);

    /// The colour of arrows that look plain: lighter than at a readable zoom, so hundreds of
    /// arrows into one master do not make a dark mass over the cards they cross.
    static QColor arrowColor();

    /// Both layers (for a one-off picture).
    static void paint(QPainter *painter, const TopologyScene &scene, const QRectF &exposed);
};

} // namespace Topologist
