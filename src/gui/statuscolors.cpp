// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolors.h"

#include "colorcontrast.h"

#include <QGuiApplication>
#include <QPalette>
#include <QWidget>

namespace Topologist {

namespace {

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

} // namespace

namespace {

/// The light colour, or on a dark palette its dark-theme twin made readable on the
/// palette's windows and fields.
QColor pick(const QColor &light, const QColor &dark)
{
    const QPalette palette = QGuiApplication::palette();
    if (!ColorContrast::isDark(palette))
        return light;
    const QColor onWindow = ColorContrast::readable(dark, palette.color(QPalette::Window), 4.5);
    return ColorContrast::readable(onWindow, palette.color(QPalette::Base), 4.5);
}

} // namespace

QColor StatusColors::error()
{
    return pick(QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80));
}

QColor StatusColors::warning()
{
    return pick(QColor(0xa0, 0x5a, 0x00), QColor(0xf0, 0xb4, 0x5a));
}

QColor StatusColors::ok()
{
    return pick(QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84));
}

QColor StatusColors::errorBackground()
{
    const QPalette palette = QGuiApplication::palette();
    if (!ColorContrast::isDark(palette))
        return QColor(0xfd, 0xe7, 0xe7);
    // A dark red the palette's text still reads on.
    return ColorContrast::mix(palette.color(QPalette::Base), QColor(0xc6, 0x28, 0x28), 0.3);
}

QColor StatusColors::function()
{
    return pick(QColor(0x1a, 0x5f, 0xb4), QColor(0x7f, 0xb5, 0xff));
}

QColor StatusColors::added()
{
    return pick(QColor(0x1b, 0x7a, 0x37), QColor(0x7c, 0xd9, 0x96));
}

QColor StatusColors::changed()
{
    return pick(QColor(0xa8, 0x50, 0x00), QColor(0xff, 0xb0, 0x66));
}

QColor StatusColors::removed()
{
    return pick(QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80));
}

void StatusColors::showAsError(QWidget *widget)
{
    setTextColor(widget, error());
}

void StatusColors::showAsWarning(QWidget *widget)
{
    setTextColor(widget, warning());
}

} // namespace Topologist
