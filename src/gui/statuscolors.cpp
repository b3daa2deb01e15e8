// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolors.h"

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

QColor StatusColors::error()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor StatusColors::warning()
{
    return QColor(0xa0, 0x5a, 0x00);
}

QColor StatusColors::ok()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor StatusColors::errorBackground()
{
    return QColor(0xfd, 0xe7, 0xe7);
}

QColor StatusColors::function()
{
    return QColor(0x1a, 0x5f, 0xb4);
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
