// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/overviewpainter.h"

#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "canvas/problembadgeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"

#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

namespace Topologist {

using namespace CanvasStyle;

namespace {

/// `color` seen through `amount` of opacity over the canvas.
QColor faded(const QColor &color, qreal amount)
{
    const QColor under = canvasBackground();
    return QColor::fromRgbF(color.redF() * amount + under.redF() * (1 - amount),
                            color.greenF() * amount + under.greenF() * (1 - amount),
                            color.blueF() * amount + under.blueF() * (1 - amount));
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return error();
    case Severity::Warning:
        return warning();
    case Severity::Info:
        break;
    }
    return info();
}

/// A card's outline and fill in the overview.
struct Look
{
    QColor outline;
    QColor fill;
    bool strong = false; // a wider outline: selected, with problems, under a drag
};

Look lookOf(const NodeItem *item, NodeItem::DropState state, bool live)
{
    const NodeKind kind = item->content().kind;
    Look look{accent(kind), item->hostsNodes() ? bodyFill(kind) : headerFill(kind)};
    if (const ProblemBadgeItem *badge = item->problemBadge()) {
        look.outline = severityColor(badge->severity());
        look.fill = faded(look.outline, 0.35);
        look.strong = true;
    }
    if (live && item->isSelected()) {
        look.outline = selection();
        look.fill = faded(selection(), 0.35);
        look.strong = true;
    }
    switch (state) {
    case NodeItem::DropState::Candidate:
        look.outline = compatible();
        look.strong = true;
        break;
    case NodeItem::DropState::Accept:
        look.outline = compatible();
        look.fill = faded(compatible(), 0.6);
        look.strong = true;
        break;
    case NodeItem::DropState::Refuse:
        look.outline = incompatible();
        look.fill = faded(incompatible(), 0.6);
        look.strong = true;
        break;
    case NodeItem::DropState::Dimmed:
    case NodeItem::DropState::None:
        break;
    }
    return look;
}

/// Cards as filled rectangles: an outline rectangle with the fill inside, two solid fills
/// without a stroker, which is what makes ten thousand of them cheap.
class CardPainter
{
public:
    /// `live`: the look of the live layer, selection included.
    CardPainter(QPainter *painter, bool live)
        : m_painter(painter)
        , m_live(live)
        , m_pixel(1 / qMax<qreal>(1e-6, painter->worldTransform().m11()))
    {}

    void paint(const NodeItem *item, NodeItem::DropState state)
    {
        const QRectF rect(item->scenePos(), item->size());
        const Look look = lookOf(item, state, m_live);
        const qreal border = (look.strong ? 2 : 1) * m_pixel;
        // A scaled group is still a stack of cards, while a card's offset shows at all.
        const int extra = qMin(item->content().instances - 1, 2);
        if (extra > 0 && stackOffset < m_pixel) {
            card(rect.adjusted(0, 0, extra * stackOffset, extra * stackOffset), look, border);
            return;
        }
        for (int k = extra; k >= 1; --k)
            card(rect.translated(k * stackOffset, k * stackOffset), look, border);
        card(rect, look, border);
    }

private:
    void card(const QRectF &rect, const Look &look, qreal border)
    {
        m_painter->fillRect(rect, look.outline);
        const QRectF inner = rect.adjusted(border, border, -border, -border);
        if (inner.width() > m_pixel && inner.height() > m_pixel)
            m_painter->fillRect(inner, look.fill);
    }

    QPainter *m_painter;
    bool m_live;
    qreal m_pixel; // one device pixel in scene units
};

QRectF footprint(const NodeItem *item)
{
    const qreal stack = qMin(item->content().instances - 1, 2) * stackOffset;
    return QRectF(item->scenePos(), item->size()).adjusted(0, 0, stack, stack);
}

const NodeItem *rootOf(const NodeItem *item)
{
    while (const NodeItem *host = item->hostItem())
        item = host;
    return item;
}

bool looksPlain(const RelationshipItem *arrow, bool live)
{
    return !(live && arrow->isSelected()) && !arrow->problemBadge() && arrow->opacity() >= 1;
}

void paintMarkedArrow(QPainter *painter, const RelationshipItem *arrow, bool live)
{
    QColor color = relationship();
    if (const ProblemBadgeItem *badge = arrow->problemBadge())
        color = severityColor(badge->severity());
    if (live && arrow->isSelected())
        color = selection();
    if (arrow->opacity() < 1)
        color = faded(color, arrow->opacity());
    QPen pen(color, looksPlain(arrow, live) || arrow->opacity() < 1 ? 0 : 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPolyline(arrow->sketch());
}

/// The arrows among `arrows` that cross `exposed`: plain ones batched in one call, the few that
/// look different (selected, with problems, dragged) on top.
template<typename Arrows, typename Skip>
void paintArrows(
    QPainter *painter, const Arrows &arrows, const QRectF &exposed, bool live, Skip skip)
{
    QVarLengthArray<QLineF, 1024> plain;
    QList<const RelationshipItem *> marked;
    // An arrow within a few pixels (between two nodes of one machine) shows nothing but a dot
    // on its cards: left out, it saves half the lines of a fitted Mesos topology.
    const qreal tiny = 3 / qMax<qreal>(1e-6, painter->worldTransform().m11());
    arrows([&](const RelationshipItem *arrow) {
        if (skip(arrow) || !arrow->boundingRect().intersects(exposed))
            return;
        if (!looksPlain(arrow, live)) {
            marked.append(arrow);
            return;
        }
        const QPolygonF &sketch = arrow->sketch();
        const QRectF extent = sketch.boundingRect();
        if (extent.width() < tiny && extent.height() < tiny)
            return;
        for (int i = 1; i < sketch.size(); ++i)
            plain.append(QLineF(sketch[i - 1], sketch[i]));
    });
    painter->setPen(QPen(OverviewPainter::arrowColor(), 0));
    painter->drawLines(plain.constData(), int(plain.size()));
    for (const RelationshipItem *arrow : std::as_const(marked))
        paintMarkedArrow(painter, arrow, live);
}

/// The subtree of `root`, hosts before what they host.
QList<const NodeItem *> subtree(const NodeItem *root)
{
    QList<const NodeItem *> items{root};
    for (int i = 0; i < items.size(); ++i) {
        for (const NodeItem *child : items[i]->hostedItems())
            items.append(child);
    }
    return items;
}

} // namespace

QColor OverviewPainter::arrowColor()
{
    return faded(relationship(), 0.45);
}

void OverviewPainter::paint(QPainter *painter, const TopologyScene &scene, const QRectF &exposed)
{
    paintSettled(painter, scene, exposed);
    paintLive(painter, scene, exposed);
}

void OverviewPainter::paintSettled(QPainter *painter,
                                   const TopologyScene &scene,
                                   const QRectF &exposed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(exposed, canvasBackground());
    const QList<NodeItem *> movingList = scene.movingNodes();
    const QSet<const NodeItem *> moving(movingList.cbegin(), movingList.cend());
    const auto isMoving = [&moving](const NodeItem *item) {
        return !moving.isEmpty() && item && moving.contains(rootOf(item));
    };
    CardPainter cards(painter, false);
    const QList<NodeItem *> &order = scene.drawingOrder();
    for (const NodeItem *item : order) {
        if (footprint(item).intersects(exposed) && !isMoving(item))
            cards.paint(item, NodeItem::DropState::None);
    }
    const auto all = [&order](auto &&f) {
        for (const NodeItem *item : order) {
            for (const RelationshipItem *arrow : item->outgoing())
                f(arrow);
        }
    };
    paintArrows(painter, all, exposed, false, [&](const RelationshipItem *arrow) {
        return isMoving(arrow->sourceItem()) || isMoving(arrow->targetItem());
    });
    painter->restore();
}

void OverviewPainter::paintLive(QPainter *painter,
                                const TopologyScene &scene,
                                const QRectF &exposed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (scene.dimsOthers()) {
        // Dimming is a veil over the picture, with what is highlighted drawn over it.
        QColor veil = canvasBackground();
        veil.setAlphaF(0.65);
        painter->fillRect(exposed, veil);
    }
    // The selection changes with every click: it is drawn here rather than redrawing the
    // picture. A selected host is drawn with what it hosts, which would be under it otherwise.
    CardPainter cards(painter, true);
    QList<const RelationshipItem *> arrows;
    QList<const NodeItem *> selected;
    for (const QGraphicsItem *item : scene.selectedItems()) {
        if (item->type() == NodeItem::Type)
            selected.append(static_cast<const NodeItem *>(item));
        else if (item->type() == RelationshipItem::Type)
            arrows.append(static_cast<const RelationshipItem *>(item));
    }
    for (const NodeItem *node : std::as_const(selected)) {
        if (!footprint(node).intersects(exposed))
            continue;
        for (const NodeItem *item : subtree(node))
            cards.paint(item, item->dropState());
    }
    for (const NodeItem *root : scene.movingNodes()) {
        for (const NodeItem *item : subtree(root)) {
            cards.paint(item, item->dropState());
            for (const RelationshipItem *arrow : item->outgoing())
                arrows.append(arrow);
            for (const RelationshipItem *arrow : item->incoming())
                arrows.append(arrow);
        }
    }
    const auto live = [&arrows](auto &&f) {
        for (const RelationshipItem *arrow : std::as_const(arrows))
            f(arrow);
    };
    paintArrows(painter, live, exposed, true, [](const RelationshipItem *) { return false; });
    for (const NodeItem *item : scene.highlightedNodes()) {
        if (footprint(item).intersects(exposed))
            cards.paint(item, item->dropState());
    }
    for (QGraphicsItem *item : scene.toolItems()) {
        if (!item->isVisible())
            continue;
        painter->save();
        painter->setTransform(item->sceneTransform(), true);
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        option.rect = option.exposedRect.toAlignedRect();
        item->paint(painter, &option, nullptr);
        painter->restore();
    }
    painter->restore();
}

} // namespace Topologist
