// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>

namespace Topologist {

/// Graphics item type numbers of the canvas (the canvas owns UserType + 1 … + 49).
enum CanvasItemType {
    NodeItemType = QGraphicsItem::UserType + 1,
    // UserType + 2 was the port item; ports are painted by NodeItem now.
    RelationshipItemType = QGraphicsItem::UserType + 3,
    ProblemBadgeItemType = QGraphicsItem::UserType + 4,
    DragLineItemType = QGraphicsItem::UserType + 5,
    GhostItemType = QGraphicsItem::UserType + 6,
    GroupOutlineItemType = QGraphicsItem::UserType + 7,
};

/// What a node is, for its colours: machines (Compute and anything scalable), software,
/// storage and network, or a node whose type is unknown.
enum class NodeKind { Machine, Software, Storage, Network, Unknown };

class TextWidths;

/// The canvas' look in one place: colours, fonts and metrics shared by the items, the minimap
/// and the exporter. Metrics are in scene units (pixels at 100 %); fonts use pixel sizes so the
/// diagram is laid out the same whatever the screen's DPI.
namespace CanvasStyle {

// Node metrics.
constexpr qreal headerHeight = 46;
constexpr qreal rowHeight = 16;
constexpr qreal rowsBottomPadding = 6;
constexpr qreal minNodeWidth = 196;
constexpr qreal maxNodeWidth = 360;
constexpr qreal childPadding = 10;
constexpr qreal childSpacing = 8;
constexpr qreal cornerRadius = 6;
constexpr qreal iconSize = 26;
constexpr qreal stackOffset = 4; // per extra card of a scaled group
constexpr qreal portRadius = 5;

// Layout.
constexpr qreal layoutColumnGap = 210; // room for an arrow label between columns
constexpr qreal layoutRowGap = 36;
constexpr qreal layoutMargin = 40;

// Colours follow the application palette: the light set below is the designer's own look;
// under a dark palette (windows darker than their text) a dark set is derived from the
// palette, with text and badges kept at WCAG contrast (4.5:1 for text, 3:1 for badges and
// lines). They are recomputed when the palette changes; whatever caches pixels painted with
// them must drop those on QEvent::PaletteChange.
QColor accent(NodeKind kind);
QColor headerFill(NodeKind kind);
QColor bodyFill(NodeKind kind);
/// The rim and the text of a small pill in the kind's colour (the instance count).
QColor accentRim(NodeKind kind);
QColor accentText(NodeKind kind);
QColor cardFill();
QColor cardShadow();
QColor border();
QColor hoverBorder();
QColor selection();
QColor compatible();
QColor incompatible();
/// Nodes a comparison with another version finds added, and changed (renamed, retyped, edited).
QColor added();
QColor changed();
QColor text();
QColor secondaryText();
QColor relationship();
QColor relationshipLabelFill();
QColor canvasBackground();
QColor gridDot();
QColor error();
QColor warning();
QColor info();
/// Text or a glyph drawn on `fill` (a badge, a pill): white where that reads, else dark.
QColor onFill(const QColor &fill);

/// While on, the colours are the light set whatever the palette: exported images are for
/// paper and documents. Nests; the scene turns it on while it exports.
void setPaper(bool on);

QFont nameFont();
QFont typeFont();
QFont portFont();
QFont labelFont();
QFont badgeFont();

/// Metrics of those fonts, made once: building them looks the font up again, which cost
/// milliseconds per thousand cards when a large topology opens.
const QFontMetricsF &nameMetrics();
const QFontMetricsF &badgeMetrics();

/// Remembered widths of texts that repeat across cards and arrows (type names, ports,
/// relationship labels), in the fonts above, with those fonts' metrics. GUI thread only.
TextWidths &typeWidths();
TextWidths &portWidths();
TextWidths &labelWidths();

} // namespace CanvasStyle

} // namespace Topologist
