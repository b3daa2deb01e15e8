// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldarrow.h"

#include <QApplication>
#include <QStyleOptionViewItem>

namespace Topologist {

namespace {
constexpr int Size = 14;
} // namespace

QRect FoldArrow::rect(const QRect &row, int indent)
{
    return QRect(row.left() + 2 + indent, row.top() + (row.height() - Size) / 2, Size, Size);
}

void FoldArrow::paint(QPainter *painter,
                      const QStyleOptionViewItem &option,
                      const QRect &rect,
                      bool unfolded)
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QStyleOption arrow;
    arrow.rect = rect;
    arrow.state = option.state;
    arrow.palette = option.palette;
    arrow.palette.setColor(
        QPalette::ButtonText,
        option.palette.color(group,
                             selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    style->drawPrimitive(unfolded ? QStyle::PE_IndicatorArrowDown : QStyle::PE_IndicatorArrowRight,
                         &arrow,
                         painter,
                         widget);
}

} // namespace Topologist
