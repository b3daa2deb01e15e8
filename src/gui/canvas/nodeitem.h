// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasstyle.h"

#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QPixmap>
#include <QString>
#include <QStringList>

namespace Topologist {

class ProblemBadgeItem;
class RelationshipItem;

/// What a node item draws, computed by the scene from the document: the item itself keeps
/// nothing of the model beyond this.
struct NodeContent
{
    struct Requirement
    {
        QString name;
        bool connected = false;
        bool required = false;

        friend bool operator==(const Requirement &a, const Requirement &b)
        {
            return a.name == b.name && a.connected == b.connected && a.required == b.required;
        }
    };

    QString name;
    QString type;
    QString typeLabel; // the type's short name
    NodeKind kind = NodeKind::Unknown;
    QPixmap icon;
    /// One port per requirement definition that is not hosting (hosting is shown by nesting).
    QList<Requirement> requirements;
    /// Instance counts of a scalable node ("1", "3", "5"), empty when not scalable.
    bool scalable = false;
    QString minInstances;
    QString defaultInstances;
    QString maxInstances;
    int instances = 1;

    /// Lets the scene skip nodes a document signal names but that look the same.
    friend bool operator==(const NodeContent &a, const NodeContent &b)
    {
        return a.name == b.name && a.type == b.type && a.typeLabel == b.typeLabel
               && a.kind == b.kind && a.icon.cacheKey() == b.icon.cacheKey()
               && a.requirements == b.requirements && a.scalable == b.scalable
               && a.minInstances == b.minInstances && a.defaultInstances == b.defaultInstances
               && a.maxInstances == b.maxInstances && a.instances == b.instances;
    }
    friend bool operator!=(const NodeContent &a, const NodeContent &b) { return !(a == b); }
};

/// A node template on the canvas: a card with the type's icon, the node's name and type, its
/// requirement ports (right) and targeted capability ports (left). Nodes hosted on it are child
/// items laid out inside it by HostTreeLayout, which also sizes it.
///
/// Ports are painted by the card (and cached with it) rather than being items of their own:
/// a thousand-node topology has thousands of ports, and items cost time on every frame.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = NodeItemType };
    enum class DropState { None, Candidate, Dimmed, Accept, Refuse };
    /// How a comparison with another version sees the node: a ring and a tag in
    /// CanvasStyle::added() or changed() (nodes removed since have no card to mark).
    enum class ChangeMark { None, Added, Changed };

    explicit NodeItem(const QString &name, QGraphicsItem *parent = nullptr);
    ~NodeItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &name() const { return m_content.name; }
    const NodeContent &content() const { return m_content; }
    /// Replaces what the item draws; the scene re-lays out the tree afterwards.
    void setContent(const NodeContent &content);
    /// Capabilities that relationships target, drawn as ports on the left, in the type's order.
    const QStringList &capabilities() const { return m_capabilities; }
    bool setCapabilities(const QStringList &capabilities);

    /// Width the card needs for its own texts and ports (children not counted).
    qreal ownMinimumWidth() const { return m_ownMinWidth; }
    /// Height of the header plus port rows, where hosted children start.
    qreal headerBottom() const;
    QSizeF size() const { return QSizeF(m_width, m_height); }
    QRectF rect() const { return QRectF(0, 0, m_width, m_height); }
    /// The card with what hangs over its edges: problem badge, instance count, the stack of a
    /// scaled group. Arrow labels keep out of it. The same for every card, so that it changes
    /// with the size alone.
    QRectF footprint() const { return rect().adjusted(-10, -10, 10, 2 * CanvasStyle::stackOffset); }
    void setSize(const QSizeF &size);
    /// Where the name is drawn (for the in-place rename editor), in item coordinates.
    QRectF nameRect() const;

    QPointF requirementPortPosition(const QString &requirement) const;
    QPointF capabilityPortPosition(const QString &capability) const;
    /// The requirement whose port is at `pos` (item coordinates), or empty.
    QString requirementPortAt(const QPointF &pos) const;
    QList<NodeItem *> hostedItems() const;
    /// Whether other nodes are hosted on it (without listing them).
    bool hostsNodes() const;
    NodeItem *hostItem() const;
    NodeItem *rootItem();

    QList<RelationshipItem *> &outgoing() { return m_outgoing; }
    const QList<RelationshipItem *> &outgoing() const { return m_outgoing; }
    QList<RelationshipItem *> &incoming() { return m_incoming; }
    const QList<RelationshipItem *> &incoming() const { return m_incoming; }

    ProblemBadgeItem *problemBadge() const { return m_badge; }
    void setProblemBadge(ProblemBadgeItem *badge);
    const QString &problemKey() const { return m_problemKey; }
    void setProblemKey(const QString &key) { m_problemKey = key; }

    DropState dropState() const { return m_dropState; }
    void setDropState(DropState state);

    ChangeMark changeMark() const { return m_changeMark; }
    void setChangeMark(ChangeMark mark);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintCard(QPainter *painter, qreal lod) const;
    QPen outlinePen(bool selected, bool hovered) const;
    void paintOutline(QPainter *painter, bool selected, bool hovered) const;
    void paintCountBadge(QPainter *painter) const;
    void paintChangeMark(QPainter *painter) const;
    void paintHeader(QPainter *painter) const;
    void paintPorts(QPainter *painter, bool exporting) const;
    void paintPortNames(QPainter *painter) const;
    int rowCount() const;
    qreal stackExtent() const;
    void updateTexts();
    void elideTexts() const;
    void setHoveredPort(const QString &requirement);

    NodeContent m_content;
    QStringList m_capabilities;
    mutable QString m_elidedName;
    mutable QString m_elidedType;
    mutable bool m_textsStale = true;
    QString m_instancesText;
    QString m_badgeText;
    qreal m_ownMinWidth = CanvasStyle::minNodeWidth;
    qreal m_width = CanvasStyle::minNodeWidth;
    qreal m_height = CanvasStyle::headerHeight;
    bool m_hovered = false;
    DropState m_dropState = DropState::None;
    ChangeMark m_changeMark = ChangeMark::None;
    QString m_hoveredPort;
    QList<RelationshipItem *> m_outgoing;
    QList<RelationshipItem *> m_incoming;
    ProblemBadgeItem *m_badge = nullptr;
    QString m_problemKey;
};

} // namespace Topologist
