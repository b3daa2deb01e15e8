// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelplacer.h"

#include "canvas/labelspace.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"

#include <QGraphicsScene>
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

void LabelPlacer::placeAmong(const QGraphicsScene &scene,
                             const QList<RelationshipItem *> &relationships)
{
    // As place() counts them: top-level cards, and the labels of arrows not being placed or
    // placed already.
    QSet<const RelationshipItem *> waiting(relationships.cbegin(), relationships.cend());
    const auto coverage = [&scene, &waiting](const QRectF &rect) {
        qreal covered = 0;
        for (const QGraphicsItem *item : scene.items(rect, Qt::IntersectsItemBoundingRect)) {
            QRectF other;
            if (item->type() == NodeItem::Type) {
                const auto *node = static_cast<const NodeItem *>(item);
                if (node->hostItem())
                    continue;
                other = node->mapRectToScene(node->rect());
            } else if (item->type() == RelationshipItem::Type) {
                const auto *arrow = static_cast<const RelationshipItem *>(item);
                if (waiting.contains(arrow))
                    continue;
                other = arrow->labelRect();
            } else {
                continue;
            }
            const QRectF overlap = other.intersected(rect);
            covered += overlap.width() * overlap.height();
        }
        return covered;
    };
    for (RelationshipItem *r : relationships) {
        r->placeLabel(coverage);
        waiting.remove(r);
    }
}

} // namespace Topologist
