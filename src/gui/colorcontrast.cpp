// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorcontrast.h"

#include <QPalette>

#include <cmath>

namespace Topologist::ColorContrast {

double luminance(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
           + 0.0722 * linear(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * amount));
}

QColor readable(const QColor &color, const QColor &background, double minimum)
{
    // Towards white on a dark background, towards black on a light one, in small steps so
    // the hue survives as far as it can.
    const QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    QColor result = color;
    for (int step = 1; step <= 20 && ratio(result, background) < minimum; ++step)
        result = mix(color, target, step / 20.0);
    result.setAlpha(color.alpha());
    return result;
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window))
           < luminance(palette.color(QPalette::WindowText));
}

} // namespace Topologist::ColorContrast
