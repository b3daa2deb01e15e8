// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemrowdelegate.h"

#include "problems/problemmodel.h"

#include <QApplication>
#include <QPainter>

namespace Topologist {

namespace {
constexpr int Step = 18;
constexpr int ArrowSize = 14;
} // namespace

QRect ProblemRowDelegate::arrowRect(const QRect &cell)
{
    return QRect(
        cell.left() + 2, cell.top() + (cell.height() - ArrowSize) / 2, ArrowSize, ArrowSize);
}

int ProblemRowDelegate::indentOf(int kind)
{
    switch (kind) {
    case ProblemModel::NodeRow:
        return Step;
    case ProblemModel::ProblemRow:
        return 2 * Step;
    default:
        return 0;
    }
}

QSize ProblemRowDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += indentOf(index.data(ProblemModel::KindRole).toInt());
    return size;
}

void ProblemRowDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int kind = index.data(ProblemModel::KindRole).toInt();
    const int indent = indentOf(kind);
    if (indent == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection and hover background spans the indent too.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    if (kind == ProblemModel::NodeRow) {
        QStyleOption arrow;
        arrow.rect = arrowRect(option.rect);
        arrow.palette = option.palette;
        arrow.state = option.state;
        const bool selected = option.state & QStyle::State_Selected;
        arrow.palette.setColor(
            QPalette::ButtonText,
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        style->drawPrimitive(index.data(ProblemModel::FoldedRole).toBool()
                                 ? QStyle::PE_IndicatorArrowRight
                                 : QStyle::PE_IndicatorArrowDown,
                             &arrow,
                             painter,
                             widget);
    }
    QStyleOptionViewItem content = option;
    content.rect.setLeft(option.rect.left() + indent);
    QStyledItemDelegate::paint(painter, content, index);
}

} // namespace Topologist
