// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelplacer.h"

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

} // namespace Topologist
