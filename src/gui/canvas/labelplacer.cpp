// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelplacer.h"

#include "canvas/labelobstacles.h"
#include "canvas/labelspace.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"

#include <QSet>

namespace Topologist {

namespace {

/// The top-level card both ends of `r` are drawn in, if any: the arrow runs inside it, so its
/// label can only be there too.
const NodeItem *homeOf(RelationshipItem *r)
{
    NodeItem *source = r->sourceItem();
    NodeItem *target = r->targetItem();
    if (!source || !target)
        return nullptr;
    NodeItem *root = source->rootItem();
    return root == target->rootItem() ? root : nullptr;
}

} // namespace

void LabelPlacer::place(const QHash<QString, NodeItem *> &nodes,
                        const QList<RelationshipItem *> &relationships)
{
    if (relationships.isEmpty())
        return;
    LabelSpace space;
    for (const NodeItem *item : nodes) {
        if (!item->hostItem())
            space.addCard(item->mapRectToScene(item->footprint()), item);
    }
    const QSet<RelationshipItem *> placing(relationships.cbegin(), relationships.cend());
    for (NodeItem *item : nodes) {
        for (RelationshipItem *r : std::as_const(item->outgoing())) {
            if (!placing.contains(r) && r->isLabelShown())
                space.addLabel(r->labelRect());
        }
    }
    for (RelationshipItem *r : relationships) {
        const NodeItem *home = homeOf(r);
        r->placeLabel([&space, home](const QRectF &rect) { return space.coverage(rect, home); });
        if (r->isLabelShown())
            space.addLabel(r->labelRect());
    }
}

void LabelPlacer::placeAmong(const LabelObstacles &obstacles,
                             const QList<RelationshipItem *> &relationships)
{
    // As place() counts them: top-level cards, and the labels of arrows not being placed or
    // placed already (a label that moves updates the obstacles as it goes).
    QSet<const QGraphicsItem *> waiting(relationships.cbegin(), relationships.cend());
    const auto notYetPlaced = [&waiting](const QGraphicsItem *item) {
        return waiting.contains(item);
    };
    for (RelationshipItem *r : relationships) {
        const NodeItem *home = homeOf(r);
        r->placeLabel([&](const QRectF &rect) {
            return obstacles.coverage(rect, [&](const QGraphicsItem *item) {
                return item == home || notYetPlaced(item);
            });
        });
        waiting.remove(r);
    }
}

} // namespace Topologist
