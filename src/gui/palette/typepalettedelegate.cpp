// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typepalettedelegate.h"

#include "palette/typepalettemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Topologist {

namespace {

constexpr int Margin = 8;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QSize TypePaletteDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(TypePaletteModel::IsArchiveRole).toBool())
        return QSize(200, metrics.height() + 12);
    return QSize(200, qMax(IconSize + 10, 2 * metrics.height() + 12));
}

void TypePaletteDelegate::paint(QPainter *painter,
                                const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(TypePaletteModel::IsArchiveRole).toBool())
        paintArchive(painter, option, index);
    else
        paintType(painter, option, index);
    painter->restore();
}

void TypePaletteDelegate::paintArchive(QPainter *painter,
                                       const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QRect r = option.rect;
    painter->fillRect(r, mix(palette.color(QPalette::Base), palette.color(QPalette::Mid), 0.28));
    painter->setPen(mix(palette.color(QPalette::Base), palette.color(QPalette::Mid), 0.6));
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    // Disclosure chevron.
    const bool open = option.state & QStyle::State_Open;
    const QPointF c(r.left() + Margin + 4, r.center().y() + 0.5);
    QPainterPath chevron;
    if (open) {
        chevron.moveTo(c + QPointF(-3.5, -1.5));
        chevron.lineTo(c + QPointF(0, 2));
        chevron.lineTo(c + QPointF(3.5, -1.5));
    } else {
        chevron.moveTo(c + QPointF(-1.5, -3.5));
        chevron.lineTo(c + QPointF(2, 0));
        chevron.lineTo(c + QPointF(-1.5, 3.5));
    }
    painter->setPen(
        QPen(palette.color(QPalette::Text), 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(chevron);

    const QString name = index.data(TypePaletteModel::ShortNameRole).toString();
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString version = title.mid(name.size()).trimmed();
    // The types shown (after searching and filtering), not the archive's total.
    const QString count = QString::number(index.model()->rowCount(index));

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    QRect text = r.adjusted(Margin + 14, 0, -Margin, 0);
    const int countWidth = metrics.horizontalAdvance(count) + 4;

    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
    text.setRight(text.right() - countWidth);

    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QString elidedName = boldMetrics.elidedText(name, Qt::ElideRight, text.width());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, elidedName);
    const int used = boldMetrics.horizontalAdvance(elidedName) + 6;
    if (used < text.width()) {
        painter->setFont(option.font);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        QRect rest = text.adjusted(used, 0, 0, 0);
        painter->drawText(rest,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(version, Qt::ElideRight, rest.width()));
    }
}

void TypePaletteDelegate::paintType(QPainter *painter,
                                    const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Selection and hover background from the style, the rest drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColor
        = selected ? textColor : option.palette.color(group, QPalette::PlaceholderText);

    const QRect r = option.rect;
    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    const QRect iconRect(
        r.left() + Margin + 4, r.top() + (r.height() - IconSize) / 2, IconSize, IconSize);
    icon.paint(painter,
               iconRect,
               Qt::AlignCenter,
               option.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);

    const bool abstract = index.data(TypePaletteModel::AbstractRole).toBool();
    QFont nameFont = option.font;
    nameFont.setItalic(abstract);
    nameFont.setWeight(QFont::DemiBold);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(smallFont);

    QRect text(iconRect.right() + 10,
               r.top() + 4,
               r.right() - iconRect.right() - 10 - Margin,
               r.height() - 8);
    const int lineGap = 1;
    const int block = nameMetrics.height() + lineGap + smallMetrics.height();
    const int top = r.top() + (r.height() - block) / 2;

    const QString name = index.data(Qt::DisplayRole).toString();
    const QString tag = tr("abstract");
    const int tagWidth = abstract ? smallMetrics.horizontalAdvance(tag) + 10 : 0;
    const QString elided = nameMetrics.elidedText(
        name, Qt::ElideRight, text.width() - (abstract ? tagWidth + 6 : 0));
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const QRect nameRect(text.left(), top, text.width(), nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    if (abstract) {
        const int x = text.left() + nameMetrics.horizontalAdvance(elided) + 6;
        const QRectF pill(x,
                          top + (nameMetrics.height() - smallMetrics.height() - 2) / 2.0,
                          tagWidth,
                          smallMetrics.height() + 2);
        painter->setPen(QPen(dimColor, 0.8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            pill.adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2, pill.height() / 2);
        painter->setFont(smallFont);
        painter->setPen(dimColor);
        painter->drawText(pill, Qt::AlignCenter, tag);
    }

    const QString summary = index.data(TypePaletteModel::SummaryRole).toString();
    const QString secondLine
        = summary.isEmpty() ? index.data(TypePaletteModel::TypeNameRole).toString() : summary;
    painter->setFont(smallFont);
    painter->setPen(dimColor);
    const QRect summaryRect(
        text.left(), top + nameMetrics.height() + lineGap, text.width(), smallMetrics.height());
    painter->drawText(summaryRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(secondLine, Qt::ElideRight, text.width()));
}

} // namespace Topologist
