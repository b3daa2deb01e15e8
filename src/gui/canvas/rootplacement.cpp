// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/rootplacement.h"

#include "canvas/canvaslayout.h"
#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "topologydocument.h"

#include <algorithm>
#include <cmath>

namespace Topologist {

using namespace CanvasStyle;

void RootPlacement::setDocument(const TopologyDocument *document)
{
    m_document = document;
}

bool RootPlacement::isSaved(const QString &name) const
{
    const NodeTemplate *node = m_document ? m_document->topology().node(name) : nullptr;
    return node && node->position.has_value();
}

QPointF RootPlacement::position(const QString &name) const
{
    const NodeTemplate *node = m_document ? m_document->topology().node(name) : nullptr;
    if (node && node->position)
        return *node->position;
    return m_automatic.value(name);
}

void RootPlacement::keep(const QString &name, const QPointF &at)
{
    if (!isSaved(name))
        m_automatic.insert(name, at);
}

void RootPlacement::rename(const QString &from, const QString &to)
{
    const auto spot = m_automatic.constFind(from);
    if (spot != m_automatic.constEnd())
        m_automatic.insert(to, *spot);
}

bool RootPlacement::isPlaced(const QString &name) const
{
    return isSaved(name) || m_automatic.contains(name);
}

void RootPlacement::placeIfNew(const NodeItem *root, const QHash<QString, NodeItem *> &nodes)
{
    if (!isPlaced(root->name()))
        m_automatic.insert(root->name(), freeSpot(nodes));
}

void RootPlacement::placeNew(const QList<NodeItem *> &roots,
                             const QList<RelationshipItem *> &relationships,
                             const QHash<QString, NodeItem *> &nodes,
                             bool everything)
{
    const bool anySaved = std::any_of(roots.cbegin(), roots.cend(), [this](const NodeItem *root) {
        return isSaved(root->name());
    });
    if (!anySaved && everything) {
        m_automatic = arrange(roots, relationships);
        return;
    }
    // Some nodes are placed: the others go in a column to their right.
    for (const NodeItem *root : roots)
        placeIfNew(root, nodes);
}

QPointF RootPlacement::freeSpot(const QHash<QString, NodeItem *> &nodes) const
{
    // To the right of everything, so a node appearing without a position covers nothing.
    QRectF used;
    for (const NodeItem *item : nodes) {
        if (!item->hostItem() && isPlaced(item->name()))
            used |= QRectF(position(item->name()), item->size());
    }
    if (used.isNull())
        return QPointF(layoutMargin, layoutMargin);
    // Several at once stack downwards.
    qreal y = used.top();
    for (const NodeItem *item : nodes) {
        if (item->hostItem() || !m_automatic.contains(item->name()))
            continue;
        const QPointF at = m_automatic.value(item->name());
        if (at.x() >= used.right() - 1)
            y = qMax(y, at.y() + item->size().height() + layoutRowGap);
    }
    return QPointF(std::round(used.right() + layoutColumnGap), std::round(y));
}

QPointF RootPlacement::rounded(const QPointF &point)
{
    return QPointF(std::round(point.x()), std::round(point.y()));
}

QHash<QString, QPointF> RootPlacement::arrange(const QList<NodeItem *> &roots,
                                               const QList<RelationshipItem *> &relationships)
{
    QList<CanvasLayout::Box> boxes;
    for (const NodeItem *root : roots) {
        const qreal stack = qMin(root->content().instances - 1, 2) * stackOffset;
        boxes.append({root->name(), root->size() + QSizeF(stack, stack)});
    }
    QList<QPair<QString, QString>> edges;
    for (const RelationshipItem *r : relationships) {
        if (r->sourceItem() && r->targetItem())
            edges.append(
                {r->sourceItem()->rootItem()->name(), r->targetItem()->rootItem()->name()});
    }
    return CanvasLayout::arrange(boxes, edges, QPointF(layoutMargin, layoutMargin));
}

} // namespace Topologist
