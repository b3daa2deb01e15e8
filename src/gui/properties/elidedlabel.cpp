// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/elidedlabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace Topologist {

namespace {

/// What an elided label keeps at least: a few letters and the ellipsis.
const QString shortest = QStringLiteral("mmmm\u2026");

} // namespace

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int least = fontMetrics().horizontalAdvance(shortest) + margins.left() + margins.right();
    return QSize(qMin(full.width(), least), full.height());
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    QStyleOption option;
    option.initFrom(this);
    style()->drawItemText(
        &painter, area, int(alignment()), option.palette, isEnabled(), shown, foregroundRole());
}

} // namespace Topologist
