// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelplacer.h"

#include "canvas/labelobstacles.h"
#include "canvas/labelspace.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"

#include <QSet>

namespace Topologist {

void LabelPlacer::place(const QHash<QString, NodeItem *> &nodes,
                        const QList<RelationshipItem *> &relationships)
{
    if (relationships.isEmpty())
        return;
    LabelSpace space;
    for (const NodeItem *item : nodes) {
        if (!item->hostItem())
            space.add(item->mapRectToScene(item->rect()));
    }
    const QSet<RelationshipItem *> placing(relationships.cbegin(), relationships.cend());
    for (NodeItem *item : nodes) {
        for (RelationshipItem *r : std::as_const(item->outgoing())) {
            if (!placing.contains(r))
                space.add(r->labelRect());
        }
    }
    const auto coverage = [&space](const QRectF &rect) {
        return space.coverage(rect);
    };
    for (RelationshipItem *r : relationships) {
        r->placeLabel(coverage);
        space.add(r->labelRect());
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
    const auto coverage = [&](const QRectF &rect) {
        return obstacles.coverage(rect, notYetPlaced);
    };
    for (RelationshipItem *r : relationships) {
        r->placeLabel(coverage);
        waiting.remove(r);
    }
}

} // namespace Topologist
