// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasstyle.h"

#include <QGraphicsObject>

namespace Topologist {

/// A group of the topology on the canvas: a dashed outline around its members' cards, labelled
/// with the group's name and the policies that apply to it. It is drawn over the cards (a
/// member hosted inside a machine would hide it otherwise) but under the arrows, and takes no
/// mouse input, so that it never comes between the user and a card or the rubber band.
class GroupOutlineItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = GroupOutlineItemType };

    explicit GroupOutlineItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    /// Outlines `members` (scene rectangle of the member cards) `margin` away, under `label`.
    void setOutline(const QRectF &members, qreal margin, const QString &label);
    const QString &label() const { return m_label; }
    /// The outline's own rectangle, around the members.
    QRectF outline() const { return m_outline; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Room between the member cards and the outline: in the gutters between top-level cards,
    /// and inside the padding of a host (less than the space between the cards it hosts).
    static constexpr qreal margin = 10;
    static constexpr qreal hostedMargin = 4;
    static constexpr qreal labelHeight = 18;

private:
    QRectF labelRect() const;

    QRectF m_outline;
    QString m_label;
};

} // namespace Topologist
