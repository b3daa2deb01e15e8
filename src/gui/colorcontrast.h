// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace Topologist {

/// Contrast arithmetic for the style classes (CanvasStyle, StatusColors), after WCAG 2: what
/// lets them derive readable colours from whatever palette the application has.
namespace ColorContrast {

/// WCAG relative luminance, 0 (black) to 1 (white).
double luminance(const QColor &color);
/// WCAG contrast ratio of two opaque colours, 1 to 21.
double ratio(const QColor &a, const QColor &b);
/// `from` moved `amount` (0 to 1) of the way to `to`, channel by channel.
QColor mix(const QColor &from, const QColor &to, qreal amount);
/// `color`, lightened (on a dark `background`) or darkened (on a light one) as little as
/// needed to reach `minimum` contrast against `background`.
QColor readable(const QColor &color, const QColor &background, double minimum);
/// A dark palette: windows darker than their text.
bool isDark(const QPalette &palette);

} // namespace ColorContrast

} // namespace Topologist
