// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasstyle.h"

#include "canvas/textwidths.h"
#include "colorcontrast.h"

#include <QGuiApplication>
#include <QPalette>

namespace Topologist::CanvasStyle {

namespace {

using ColorContrast::mix;
using ColorContrast::readable;

constexpr int kindCount = 5;

/// Every colour of the canvas for one palette.
struct Colours
{
    QColor accent[kindCount];
    QColor headerFill[kindCount];
    QColor bodyFill[kindCount];
    QColor accentRim[kindCount];
    QColor accentText[kindCount];
    QColor cardFill;
    QColor cardShadow;
    QColor border;
    QColor hoverBorder;
    QColor selection;
    QColor compatible;
    QColor text;
    QColor secondaryText;
    QColor relationship;
    QColor relationshipLabelFill;
    QColor canvasBackground;
    QColor gridDot;
    QColor error;
    QColor warning;
    QColor info;
    QColor added;
    QColor changed;
    QColor darkGlyph;
};

/// The designer's own look, on light palettes and on paper.
Colours lightColours()
{
    Colours c;
    const QColor accents[kindCount] = {QColor(0x35, 0x6a, 0xb8),  // Machine
                                       QColor(0x23, 0x8a, 0x6c),  // Software
                                       QColor(0xb8, 0x74, 0x16),  // Storage
                                       QColor(0x7a, 0x4f, 0xb0),  // Network
                                       QColor(0x8a, 0x94, 0xa6)}; // Unknown
    const QColor headers[kindCount] = {QColor(0xea, 0xf1, 0xfb),
                                       QColor(0xec, 0xf7, 0xf2),
                                       QColor(0xfb, 0xf2, 0xe4),
                                       QColor(0xf3, 0xee, 0xfa),
                                       QColor(0xf1, 0xf3, 0xf6)};
    const QColor bodies[kindCount] = {QColor(0xf3, 0xf7, 0xfd),
                                      QColor(0xf4, 0xfa, 0xf7),
                                      QColor(0xfd, 0xf8, 0xf0),
                                      QColor(0xf8, 0xf5, 0xfc),
                                      QColor(0xf7, 0xf8, 0xfa)};
    for (int k = 0; k < kindCount; ++k) {
        c.accent[k] = accents[k];
        c.headerFill[k] = headers[k];
        c.bodyFill[k] = bodies[k];
        c.accentRim[k] = accents[k].lighter(150);
        c.accentText[k] = accents[k].darker(115);
    }
    c.cardFill = QColor(0xff, 0xff, 0xff);
    c.cardShadow = QColor(15, 23, 42, 22);
    c.border = QColor(0xc3, 0xcc, 0xd8);
    c.hoverBorder = QColor(0x7f, 0xa6, 0xe6);
    c.selection = QColor(0x2a, 0x7a, 0xf0);
    c.compatible = QColor(0x1f, 0x9d, 0x4a);
    c.text = QColor(0x1f, 0x29, 0x37);
    c.secondaryText = QColor(0x5f, 0x6b, 0x7a);
    c.relationship = QColor(0x5b, 0x67, 0x78);
    c.relationshipLabelFill = QColor(0xff, 0xff, 0xff, 235);
    c.canvasBackground = QColor(0xf6, 0xf7, 0xf9);
    c.gridDot = QColor(0xdc, 0xe0, 0xe6);
    c.error = QColor(0xc6, 0x28, 0x28);
    c.warning = QColor(0xd9, 0x8e, 0x04);
    c.info = QColor(0x2a, 0x7a, 0xf0);
    c.added = QColor(0x1b, 0x8a, 0x3e);
    c.changed = QColor(0xc2, 0x5e, 0x00);
    c.darkGlyph = c.text;
    return c;
}

/// Derived from a dark palette: the canvas as deep as its darkest surface, cards a step
/// above the windows, text in the palette's text colour, and the kind and status colours
/// lightened until they stand out on the cards.
Colours darkColours(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor paletteText = palette.color(QPalette::Text);
    const bool baseDeeper = ColorContrast::luminance(base) < ColorContrast::luminance(window);
    Colours c;
    c.canvasBackground = baseDeeper ? base : window;
    c.cardFill = mix(baseDeeper ? window : base, paletteText, 0.06);
    c.text = readable(paletteText, c.cardFill, 7.0);
    c.cardShadow = QColor(0, 0, 0, 90);
    c.border = mix(c.cardFill, c.text, 0.22);
    c.selection = readable(QColor(0x5a, 0x9c, 0xff), c.cardFill, 3.0);
    c.hoverBorder = mix(c.border, c.selection, 0.6);
    c.compatible = readable(QColor(0x4c, 0xc8, 0x78), c.cardFill, 3.0);
    c.relationship = readable(mix(c.text, c.canvasBackground, 0.42), c.canvasBackground, 3.0);
    c.relationshipLabelFill = c.cardFill;
    c.relationshipLabelFill.setAlpha(235);
    c.gridDot = mix(c.canvasBackground, c.text, 0.13);
    c.error = readable(QColor(0xff, 0x6b, 0x66), c.cardFill, 3.0);
    c.warning = readable(QColor(0xe8, 0xa8, 0x3a), c.cardFill, 3.0);
    c.info = readable(QColor(0x5a, 0x9c, 0xff), c.cardFill, 3.0);
    c.added = readable(QColor(0x5c, 0xd6, 0x84), c.cardFill, 3.0);
    c.changed = readable(QColor(0xff, 0x9e, 0x40), c.cardFill, 3.0);
    c.darkGlyph = c.canvasBackground.lightness() < 40 ? c.canvasBackground : QColor(Qt::black);
    const QColor accents[kindCount] = {QColor(0x6a, 0x9d, 0xe6),
                                       QColor(0x3d, 0xba, 0x93),
                                       QColor(0xdc, 0x9a, 0x3e),
                                       QColor(0xa5, 0x85, 0xdc),
                                       QColor(0x8d, 0x97, 0xa8)};
    QColor secondary = mix(c.text, c.cardFill, 0.3);
    for (int k = 0; k < kindCount; ++k) {
        c.headerFill[k] = mix(c.cardFill, accents[k], 0.14);
        c.bodyFill[k] = mix(mix(c.canvasBackground, c.cardFill, 0.5), accents[k], 0.06);
        c.accent[k] = readable(readable(accents[k], c.cardFill, 3.0), c.headerFill[k], 3.0);
        c.accentRim[k] = mix(c.cardFill, c.accent[k], 0.55);
        c.accentText[k] = readable(c.accent[k], c.cardFill, 4.5);
        // The type name is written on the header, the port names on the body.
        secondary = readable(readable(secondary, c.headerFill[k], 4.5), c.bodyFill[k], 4.5);
    }
    c.secondaryText = readable(secondary, c.cardFill, 4.5);
    return c;
}

int paperDepth = 0;

const Colours &colours()
{
    if (paperDepth > 0) {
        static const Colours paper = lightColours();
        return paper;
    }
    // The palette's cache key changes with every palette the application gets, so a theme
    // switch is seen on the next call without anyone telling this cache.
    static qint64 key = 0;
    static Colours current = lightColours();
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != key) {
        key = palette.cacheKey();
        current = ColorContrast::isDark(palette) ? darkColours(palette) : lightColours();
    }
    return current;
}

int index(NodeKind kind)
{
    return qBound(0, int(kind), kindCount - 1);
}

} // namespace

QColor accent(NodeKind kind)
{
    return colours().accent[index(kind)];
}
QColor headerFill(NodeKind kind)
{
    return colours().headerFill[index(kind)];
}
QColor bodyFill(NodeKind kind)
{
    return colours().bodyFill[index(kind)];
}
QColor accentRim(NodeKind kind)
{
    return colours().accentRim[index(kind)];
}
QColor accentText(NodeKind kind)
{
    return colours().accentText[index(kind)];
}
QColor cardFill()
{
    return colours().cardFill;
}
QColor cardShadow()
{
    return colours().cardShadow;
}
QColor border()
{
    return colours().border;
}
QColor hoverBorder()
{
    return colours().hoverBorder;
}
QColor selection()
{
    return colours().selection;
}
QColor compatible()
{
    return colours().compatible;
}
QColor incompatible()
{
    return colours().error;
}
QColor added()
{
    return colours().added;
}
QColor changed()
{
    return colours().changed;
}
QColor text()
{
    return colours().text;
}
QColor secondaryText()
{
    return colours().secondaryText;
}
QColor relationship()
{
    return colours().relationship;
}
QColor relationshipLabelFill()
{
    return colours().relationshipLabelFill;
}
QColor canvasBackground()
{
    return colours().canvasBackground;
}
QColor gridDot()
{
    return colours().gridDot;
}
QColor error()
{
    return colours().error;
}
QColor warning()
{
    return colours().warning;
}
QColor info()
{
    return colours().info;
}

QColor onFill(const QColor &fill)
{
    const QColor white(Qt::white);
    const QColor dark = colours().darkGlyph;
    const double onWhite = ColorContrast::ratio(white, fill);
    return onWhite >= 3.0 || onWhite >= ColorContrast::ratio(dark, fill) ? white : dark;
}

void setPaper(bool on)
{
    paperDepth = qMax(0, paperDepth + (on ? 1 : -1));
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
