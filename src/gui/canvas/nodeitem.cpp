// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodeitem.h"

#include "canvas/problembadgeitem.h"
#include "canvas/textwidths.h"
#include "canvas/topologyscene.h"

#include <QFontMetricsF>

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace Topologist {

using namespace CanvasStyle;

namespace {

constexpr qreal textLeft = 46;
constexpr qreal sidePadding = 12;
constexpr qreal rowsTop = headerHeight - 4;

QString instancesText(const NodeContent &content)
{
    const auto show = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("?") : value;
    };
    return show(content.minInstances) + QStringLiteral(" / ") + show(content.defaultInstances)
           + QStringLiteral(" / ") + show(content.maxInstances);
}

qreal pillWidth(const QString &text)
{
    return text.isEmpty() ? 0 : typeWidths().width(text) + 14;
}

bool isExporting(const QGraphicsItem *item)
{
    const auto *scene = qobject_cast<const TopologyScene *>(item->scene());
    return scene && scene->isExporting();
}

} // namespace

NodeItem::NodeItem(const QString &name, QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    m_content.name = name;
    setFlag(ItemIsSelectable);
    // Its moves keep the scene's label obstacles current.
    setFlag(ItemSendsGeometryChanges);
    // A dimmed host (during a drag) must not dim a compatible node inside it.
    setFlag(ItemDoesntPropagateOpacityToChildren);
    setAcceptHoverEvents(true);
    // Cards are drawn once per zoom level and then blitted: dragging a node in a big topology
    // repaints pixmaps, not text and paths.
    setCacheMode(DeviceCoordinateCache);
}

NodeItem::~NodeItem() = default;

qreal NodeItem::stackExtent() const
{
    return qMin(m_content.instances - 1, 2) * stackOffset;
}

QRectF NodeItem::boundingRect() const
{
    const qreal extent = qMax<qreal>(stackExtent(), 0);
    return QRectF(0, 0, m_width, m_height)
        .adjusted(-9, -11, qMax<qreal>(extent, 9) + 12, extent + 4);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), cornerRadius, cornerRadius);
    // The ports stick out of the card; they are where relationships are dragged from.
    for (int i = 0; i < m_content.requirements.size(); ++i) {
        path.addEllipse(
            QPointF(m_width, rowsTop + (i + 0.5) * rowHeight), portRadius + 3, portRadius + 3);
    }
    return path;
}

int NodeItem::rowCount() const
{
    return int(qMax(m_content.requirements.size(), m_capabilities.size()));
}

qreal NodeItem::headerBottom() const
{
    const int rows = rowCount();
    return rows > 0 ? rowsTop + rows * rowHeight + rowsBottomPadding : headerHeight;
}

QRectF NodeItem::nameRect() const
{
    const qreal right
        = m_width - sidePadding - (m_instancesText.isEmpty() ? 0 : pillWidth(m_instancesText) + 8);
    return QRectF(textLeft - 3, 6, qMax<qreal>(60, right - textLeft + 3), 18);
}

void NodeItem::setContent(const NodeContent &content)
{
    prepareGeometryChange();
    m_content = content;
    m_instancesText = content.scalable ? instancesText(content) : QString();
    m_badgeText = content.scalable && content.instances > 1
                      ? QStringLiteral("\u00d7%1").arg(content.instances)
                      : QString();
    m_hoveredPort.clear();

    // Names are unique, measured as they come; the rest repeats from card to card.
    TextWidths &ports = portWidths();
    const qreal pill = m_instancesText.isEmpty() ? 0 : pillWidth(m_instancesText) + 8;
    qreal width = textLeft
                  + qMax(nameMetrics().horizontalAdvance(content.name),
                         typeWidths().width(content.typeLabel))
                  + pill + sidePadding;
    for (int i = 0; i < rowCount(); ++i) {
        qreal row = 2 * sidePadding + 16;
        if (i < m_content.requirements.size())
            row += ports.width(m_content.requirements[i].name);
        if (i < m_capabilities.size())
            row += ports.width(m_capabilities[i]);
        width = qMax(width, row);
    }
    m_ownMinWidth = qBound(minNodeWidth, std::ceil(width), maxNodeWidth);
    updateTexts();
    update();
}

void NodeItem::updateTexts()
{
    // Elided when first painted: most cards of a large topology are never drawn with text.
    m_textsStale = true;
}

void NodeItem::elideTexts() const
{
    if (!m_textsStale)
        return;
    m_textsStale = false;
    const qreal width = nameRect().width() - 3;
    m_elidedName = nameMetrics().elidedText(m_content.name, Qt::ElideRight, width);
    m_elidedType = typeWidths().metrics().elidedText(m_content.typeLabel, Qt::ElideRight, width);
}

bool NodeItem::setCapabilities(const QStringList &capabilities)
{
    if (capabilities == m_capabilities)
        return false;
    m_capabilities = capabilities;
    setContent(m_content); // widths and rows depend on the port labels
    return true;
}

void NodeItem::setSize(const QSizeF &size)
{
    if (size == QSizeF(m_width, m_height))
        return;
    prepareGeometryChange();
    m_width = size.width();
    m_height = size.height();
    updateTexts();
    update();
    TopologyScene::obstacleReshaped(this);
}

QPointF NodeItem::requirementPortPosition(const QString &requirement) const
{
    for (int i = 0; i < m_content.requirements.size(); ++i) {
        if (m_content.requirements[i].name == requirement)
            return QPointF(m_width, rowsTop + (i + 0.5) * rowHeight);
    }
    return QPointF(m_width, headerHeight / 2);
}

QPointF NodeItem::capabilityPortPosition(const QString &capability) const
{
    const int index = int(m_capabilities.indexOf(capability));
    if (index >= 0)
        return QPointF(0, rowsTop + (index + 0.5) * rowHeight);
    return QPointF(0, headerHeight / 2);
}

QString NodeItem::requirementPortAt(const QPointF &pos) const
{
    for (int i = 0; i < m_content.requirements.size(); ++i) {
        const QPointF port(m_width, rowsTop + (i + 0.5) * rowHeight);
        if (QLineF(pos, port).length() <= portRadius + 3)
            return m_content.requirements[i].name;
    }
    return QString();
}

QList<NodeItem *> NodeItem::hostedItems() const
{
    QList<NodeItem *> items;
    for (QGraphicsItem *child : childItems()) {
        if (child->type() == NodeItem::Type)
            items.append(static_cast<NodeItem *>(child));
    }
    return items;
}

bool NodeItem::hostsNodes() const
{
    const QList<QGraphicsItem *> children = childItems();
    return std::any_of(children.cbegin(), children.cend(), [](const QGraphicsItem *child) {
        return child->type() == NodeItem::Type;
    });
}

NodeItem *NodeItem::hostItem() const
{
    QGraphicsItem *parent = parentItem();
    return parent && parent->type() == NodeItem::Type ? static_cast<NodeItem *>(parent) : nullptr;
}

NodeItem *NodeItem::rootItem()
{
    NodeItem *item = this;
    while (NodeItem *host = item->hostItem())
        item = host;
    return item;
}

void NodeItem::setProblemBadge(ProblemBadgeItem *badge)
{
    if (badge == m_badge)
        return;
    ProblemBadgeItem::discard(m_badge);
    m_badge = badge;
    if (m_badge) {
        m_badge->setParentItem(this);
        m_badge->setPos(0, 0);
    }
}

void NodeItem::setDropState(DropState state)
{
    if (state == m_dropState)
        return;
    // Dimming is opacity, applied when the cached picture is drawn: only the states paint()
    // draws (outline and tint) need the picture redrawn. At a relationship drag's start most
    // visible nodes are dimmed, and redrawing each of them cost a 25 ms frame at 100 %.
    const auto drawn = [](DropState s) {
        return s != DropState::None && s != DropState::Dimmed;
    };
    const bool redraw = drawn(m_dropState) || drawn(state);
    m_dropState = state;
    setOpacity(state == DropState::Dimmed ? 0.35 : 1.0);
    if (redraw)
        update();
}

void NodeItem::setChangeMark(ChangeMark mark)
{
    if (mark == m_changeMark)
        return;
    m_changeMark = mark;
    update();
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setHoveredPort(requirementPortAt(event->pos()));
    QGraphicsObject::hoverMoveEvent(event);
}

void NodeItem::setHoveredPort(const QString &requirement)
{
    if (requirement == m_hoveredPort)
        return;
    m_hoveredPort = requirement;
    if (requirement.isEmpty())
        unsetCursor();
    else
        setCursor(Qt::CrossCursor);
    update();
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    setHoveredPort(QString());
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    TopologyScene::obstacleChanged(this, change, value);
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool exporting = isExporting(this);
    painter->setRenderHint(QPainter::Antialiasing);
    paintCard(painter, lod);
    paintOutline(painter, isSelected() && !exporting, m_hovered && !exporting);
    // A comparison is a view of the moment: not part of an exported diagram.
    if (!exporting)
        paintChangeMark(painter);
    paintCountBadge(painter);
    // Too small to read: the card alone keeps the overview fast and uncluttered.
    if (lod < 0.3)
        return;
    paintHeader(painter);
    if (lod >= 0.35)
        paintPorts(painter, exporting);
    if (rowCount() > 0 && lod >= 0.45)
        paintPortNames(painter);
}

void NodeItem::paintCard(QPainter *painter, qreal lod) const
{
    const QRectF r = rect();
    const bool hosting = !hostedItems().isEmpty();
    // A scaled group is drawn as a stack of cards, so it does not look like one machine.
    for (int k = qMin(m_content.instances - 1, 2); k >= 1; --k) {
        painter->setPen(QPen(border(), 1));
        painter->setBrush(cardFill());
        painter->drawRoundedRect(
            r.translated(k * stackOffset, k * stackOffset).adjusted(0.5, 0.5, -0.5, -0.5),
            cornerRadius,
            cornerRadius);
    }
    if (lod > 0.5 && !hostItem()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(cardShadow());
        painter->drawRoundedRect(
            r.adjusted(-0.5, 1, 0.5, 2), cornerRadius + 0.5, cornerRadius + 0.5);
    }

    QPainterPath card;
    card.addRoundedRect(r, cornerRadius, cornerRadius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(hosting ? bodyFill(m_content.kind) : cardFill());
    painter->drawPath(card);
    painter->save();
    painter->setClipPath(card);
    painter->fillRect(QRectF(0, 0, m_width, hosting ? headerBottom() : m_height),
                      headerFill(m_content.kind));
    painter->fillRect(QRectF(0, 0, 4, m_height), accent(m_content.kind));
    if (hosting) {
        painter->setPen(QPen(border(), 1));
        painter->drawLine(QPointF(4, headerBottom()), QPointF(m_width, headerBottom()));
    }
    if (m_dropState == DropState::Accept || m_dropState == DropState::Refuse) {
        QColor overlay = m_dropState == DropState::Accept ? compatible() : incompatible();
        overlay.setAlpha(30);
        painter->fillRect(r, overlay);
    }
    painter->restore();
}

QPen NodeItem::outlinePen(bool selected, bool hovered) const
{
    switch (m_dropState) {
    case DropState::Candidate:
        return QPen(compatible(), 2);
    case DropState::Accept:
        return QPen(compatible(), 3);
    case DropState::Refuse:
        return QPen(incompatible(), 3);
    default:
        break;
    }
    if (selected)
        return QPen(selection(), 2);
    if (hovered)
        return QPen(hoverBorder(), 1.2);
    return QPen(border(), 1);
}

void NodeItem::paintOutline(QPainter *painter, bool selected, bool hovered) const
{
    const QRectF r = rect();
    const QPen pen = outlinePen(selected, hovered);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
    const qreal inset = pen.widthF() / 2;
    painter->drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), cornerRadius, cornerRadius);
    if (selected) {
        QColor halo = selection();
        halo.setAlpha(55);
        painter->setPen(QPen(halo, 3));
        painter->drawRoundedRect(
            r.adjusted(-2.5, -2.5, 2.5, 2.5), cornerRadius + 2, cornerRadius + 2);
    }
}

void NodeItem::paintCountBadge(QPainter *painter) const
{
    if (m_badgeText.isEmpty())
        return;
    painter->setFont(badgeFont());
    const qreal w = badgeMetrics().horizontalAdvance(m_badgeText) + 12;
    const QRectF badge(m_width - w + 8, -9, w, 18);
    painter->setPen(QPen(cardFill(), 1.5));
    painter->setBrush(accent(m_content.kind));
    painter->drawRoundedRect(badge, 9, 9);
    painter->setPen(onFill(accent(m_content.kind)));
    painter->drawText(badge, Qt::AlignCenter, m_badgeText);
}

void NodeItem::paintChangeMark(QPainter *painter) const
{
    if (m_changeMark == ChangeMark::None)
        return;
    const bool added = m_changeMark == ChangeMark::Added;
    const QColor colour = added ? CanvasStyle::added() : CanvasStyle::changed();
    // Outside the card, so the selection's outline stays visible inside it; within the 4
    // points boundingRect() leaves below the card.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 2));
    painter->drawRoundedRect(
        rect().adjusted(-2.5, -2.5, 2.5, 2.5), cornerRadius + 2.5, cornerRadius + 2.5);
    const QString tag = added ? tr("added") : tr("changed");
    painter->setFont(badgeFont());
    const qreal w = badgeMetrics().horizontalAdvance(tag) + 12;
    const QRectF pill(30, -9, w, 16);
    painter->setPen(QPen(cardFill(), 1.5));
    painter->setBrush(colour);
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(onFill(colour));
    painter->drawText(pill, Qt::AlignCenter, tag);
}

void NodeItem::paintHeader(QPainter *painter) const
{
    const QColor kindColor = accent(m_content.kind);
    const QRectF iconRect(13, 10, iconSize, iconSize);
    if (!m_content.icon.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawPixmap(iconRect, m_content.icon, QRectF(m_content.icon.rect()));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(kindColor);
        painter->drawRoundedRect(iconRect.adjusted(3, 3, -3, -3), 4, 4);
    }

    elideTexts();
    const QRectF name = nameRect();
    painter->setFont(nameFont());
    painter->setPen(text());
    painter->drawText(
        QRectF(textLeft, 7, name.width(), 17), Qt::AlignLeft | Qt::AlignVCenter, m_elidedName);
    painter->setFont(typeFont());
    painter->setPen(secondaryText());
    painter->drawText(
        QRectF(textLeft, 24, name.width(), 15), Qt::AlignLeft | Qt::AlignVCenter, m_elidedType);

    if (!m_instancesText.isEmpty()) {
        const qreal w = pillWidth(m_instancesText);
        const QRectF pill(m_width - sidePadding - w, 14, w, 18);
        painter->setPen(QPen(accentRim(m_content.kind), 1));
        painter->setBrush(cardFill());
        painter->drawRoundedRect(pill, 9, 9);
        painter->setPen(accentText(m_content.kind));
        painter->drawText(pill, Qt::AlignCenter, m_instancesText);
    }
}

void NodeItem::paintPorts(QPainter *painter, bool exporting) const
{
    // Requirements right (filled when connected, an amber ring when required and still open),
    // the capabilities relationships target left.
    for (int i = 0; i < m_content.requirements.size(); ++i) {
        const NodeContent::Requirement &requirement = m_content.requirements[i];
        const bool hot = requirement.name == m_hoveredPort && !exporting;
        const qreal radius = hot ? portRadius + 1.5 : portRadius;
        QColor ring = requirement.required && !requirement.connected ? warning() : relationship();
        if (hot)
            ring = selection();
        painter->setPen(QPen(requirement.connected ? cardFill() : ring, 1.5));
        painter->setBrush(requirement.connected ? ring : cardFill());
        painter->drawEllipse(QPointF(m_width, rowsTop + (i + 0.5) * rowHeight), radius, radius);
    }
    painter->setPen(QPen(cardFill(), 1.5));
    painter->setBrush(relationship());
    const qreal half = portRadius - 0.5;
    for (int i = 0; i < m_capabilities.size(); ++i) {
        const QPointF center(0, rowsTop + (i + 0.5) * rowHeight);
        painter->drawRoundedRect(
            QRectF(center - QPointF(half, half), QSizeF(2 * half, 2 * half)), 2, 2);
    }
}

void NodeItem::paintPortNames(QPainter *painter) const
{
    painter->setFont(portFont());
    painter->setPen(secondaryText());
    for (int i = 0; i < m_content.requirements.size(); ++i) {
        const QRectF row(
            sidePadding, rowsTop + i * rowHeight, m_width - 2 * sidePadding, rowHeight);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, m_content.requirements[i].name);
    }
    for (int i = 0; i < m_capabilities.size(); ++i) {
        const QRectF row(
            sidePadding, rowsTop + i * rowHeight, m_width - 2 * sidePadding, rowHeight);
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, m_capabilities[i]);
    }
}

} // namespace Topologist
