// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasstyle.h"

#include "canvas/textwidths.h"
#include "statuscolors.h"

namespace Topologist::CanvasStyle {

QColor accent(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Machine:
        return QColor(0x35, 0x6a, 0xb8);
    case NodeKind::Software:
        return QColor(0x23, 0x8a, 0x6c);
    case NodeKind::Storage:
        return QColor(0xb8, 0x74, 0x16);
    case NodeKind::Network:
        return QColor(0x7a, 0x4f, 0xb0);
    case NodeKind::Unknown:
        break;
    }
    return QColor(0x8a, 0x94, 0xa6);
}

QColor headerFill(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Machine:
        return QColor(0xea, 0xf1, 0xfb);
    case NodeKind::Software:
        return QColor(0xec, 0xf7, 0xf2);
    case NodeKind::Storage:
        return QColor(0xfb, 0xf2, 0xe4);
    case NodeKind::Network:
        return QColor(0xf3, 0xee, 0xfa);
    case NodeKind::Unknown:
        break;
    }
    return QColor(0xf1, 0xf3, 0xf6);
}

QColor bodyFill(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Machine:
        return QColor(0xf3, 0xf7, 0xfd);
    case NodeKind::Software:
        return QColor(0xf4, 0xfa, 0xf7);
    case NodeKind::Storage:
        return QColor(0xfd, 0xf8, 0xf0);
    case NodeKind::Network:
        return QColor(0xf8, 0xf5, 0xfc);
    case NodeKind::Unknown:
        break;
    }
    return QColor(0xf7, 0xf8, 0xfa);
}

QColor cardFill()
{
    return QColor(0xff, 0xff, 0xff);
}
QColor border()
{
    return QColor(0xc3, 0xcc, 0xd8);
}
QColor hoverBorder()
{
    return QColor(0x7f, 0xa6, 0xe6);
}
QColor selection()
{
    return QColor(0x2a, 0x7a, 0xf0);
}
QColor compatible()
{
    return QColor(0x1f, 0x9d, 0x4a);
}
QColor incompatible()
{
    return StatusColors::error();
}
QColor text()
{
    return QColor(0x1f, 0x29, 0x37);
}
QColor secondaryText()
{
    return QColor(0x5f, 0x6b, 0x7a);
}
QColor relationship()
{
    return QColor(0x5b, 0x67, 0x78);
}
QColor relationshipLabelFill()
{
    return QColor(0xff, 0xff, 0xff, 235);
}
QColor canvasBackground()
{
    return QColor(0xf6, 0xf7, 0xf9);
}
QColor gridDot()
{
    return QColor(0xdc, 0xe0, 0xe6);
}
QColor error()
{
    return StatusColors::error();
}
QColor warning()
{
    return QColor(0xd9, 0x8e, 0x04);
}
QColor info()
{
    return QColor(0x2a, 0x7a, 0xf0);
}

namespace {
QFont pixelFont(int pixels, int weight = QFont::Normal)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setWeight(QFont::Weight(weight));
    font.setHintingPreference(QFont::PreferNoHinting); // same metrics at every zoom
    return font;
}
} // namespace

QFont nameFont()
{
    return pixelFont(12, QFont::DemiBold);
}
QFont typeFont()
{
    return pixelFont(11);
}
QFont portFont()
{
    return pixelFont(10);
}
QFont labelFont()
{
    return pixelFont(10);
}
QFont badgeFont()
{
    return pixelFont(10, QFont::Bold);
}

const QFontMetricsF &nameMetrics()
{
    static const QFontMetricsF metrics(nameFont());
    return metrics;
}

const QFontMetricsF &badgeMetrics()
{
    static const QFontMetricsF metrics(badgeFont());
    return metrics;
}

TextWidths &typeWidths()
{
    static TextWidths widths(typeFont());
    return widths;
}

TextWidths &portWidths()
{
    static TextWidths widths(portFont());
    return widths;
}

TextWidths &labelWidths()
{
    static TextWidths widths(labelFont());
    return widths;
}

} // namespace Topologist::CanvasStyle
