// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline/outlinedelegate.h"

#include "foldarrow.h"
#include "outline/outlinemodel.h"
#include "problems/severityicons.h"

#include <QApplication>
#include <QPainter>

namespace Topologist {

namespace {
constexpr int IconSize = 18;
constexpr int MarkerSize = 14;
constexpr int Indentation = 16;
} // namespace

QRect OutlineDelegate::arrowRect(const QRect &row, int depth)
{
    return FoldArrow::rect(row, depth * Indentation);
}

QSize OutlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(160, qMax(IconSize + 6, metrics.height() + 8));
}

void OutlineDelegate::paint(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColor
        = selected ? textColor : option.palette.color(group, QPalette::PlaceholderText);
    const int depth = index.data(OutlineModel::DepthRole).toInt();
    const QRect arrow = arrowRect(option.rect, depth);
    if (index.data(OutlineModel::HasChildrenRole).toBool())
        FoldArrow::paint(painter, option, arrow, index.data(OutlineModel::ExpandedRole).toBool());
    QRect r = option.rect.adjusted(arrow.right() + 3 - option.rect.left(), 0, -6, 0);

    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    const QRect iconRect(r.left(), r.top() + (r.height() - IconSize) / 2, IconSize, IconSize);
    icon.paint(painter, iconRect);
    r.setLeft(iconRect.right() + 7);

    // Problem marker at the right: worst severity, with the count when more than one.
    const int severity = index.data(OutlineModel::SeverityRole).toInt();
    if (severity >= 0) {
        const int count = index.data(OutlineModel::ProblemCountRole).toInt();
        const QString label = count > 1 ? QString::number(count) : QString();
        const QFontMetrics metrics(option.font);
        const int labelWidth = label.isEmpty() ? 0 : metrics.horizontalAdvance(label) + 3;
        const QRect markerRect(r.right() - MarkerSize - labelWidth + 1,
                               r.top() + (r.height() - MarkerSize) / 2,
                               MarkerSize,
                               MarkerSize);
        SeverityIcons::forSeverity(Severity(severity)).paint(painter, markerRect);
        if (!label.isEmpty()) {
            painter->setPen(dimColor);
            painter->drawText(QRect(markerRect.right() + 3, r.top(), labelWidth, r.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              label);
        }
        r.setRight(markerRect.left() - 6);
    }

    const QString name = index.data(Qt::DisplayRole).toString();
    const QString type = index.data(OutlineModel::ShortTypeRole).toString();
    const QFontMetrics metrics(option.font);
    const QString elidedName = metrics.elidedText(name, Qt::ElideRight, r.width());
    painter->setFont(option.font);
    painter->setPen(textColor);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, elidedName);
    const int used = metrics.horizontalAdvance(elidedName) + 8;
    if (used + 20 < r.width() && !type.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.92);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setPen(dimColor);
        const QRect typeRect = r.adjusted(used, 0, 0, 0);
        painter->drawText(typeRect,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(type, Qt::ElideRight, typeRect.width()));
    }
    painter->restore();
}

} // namespace Topologist
