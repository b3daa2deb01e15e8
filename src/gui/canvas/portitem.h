// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasstyle.h"

#include <QGraphicsItem>
#include <QString>

namespace Topologist {

class NodeItem;

/// A connector on the edge of a node: a requirement (right edge, the user drags from it to
/// create a relationship) or a capability that relationships target (left edge).
class PortItem : public QGraphicsItem
{
public:
    enum { Type = PortItemType };
    enum class Kind { Requirement, Capability };

    PortItem(Kind kind, const QString &name, NodeItem *node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    Kind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    NodeItem *node() const;
    void setState(bool connected, bool required);
    void setHighlighted(bool highlighted);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    Kind m_kind;
    QString m_name;
    bool m_connected = false;
    bool m_required = false;
    bool m_hovered = false;
    bool m_highlighted = false;
};

} // namespace Topologist
