// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/problemrowdelegate.h"

#include "foldarrow.h"
#include "problems/problemmodel.h"

#include <QApplication>
#include <QPainter>

namespace Topologist {

namespace {
constexpr int Step = 18;
} // namespace

QRect ProblemRowDelegate::arrowRect(const QRect &cell)
{
    return FoldArrow::rect(cell, 0);
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
    if (kind == ProblemModel::NodeRow)
        FoldArrow::paint(painter,
                         option,
                         arrowRect(option.rect),
                         !index.data(ProblemModel::FoldedRole).toBool());
    QStyleOptionViewItem content = option;
    content.rect.setLeft(option.rect.left() + indent);
    QStyledItemDelegate::paint(painter, content, index);
}

} // namespace Topologist
