// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/hosttreelayout.h"

#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "model/topologytemplate.h"

#include <algorithm>

namespace Topologist {

using namespace CanvasStyle;

void HostTreeLayout::arrange(NodeItem *root, const TopologyTemplate &topology)
{
    const HostTreeLayout layout(topology);
    layout.place(root, layout.naturalWidth(root));
}

QList<NodeItem *> HostTreeLayout::children(const NodeItem *item) const
{
    QList<NodeItem *> list = item->hostedItems();
    std::sort(list.begin(), list.end(), [this](const NodeItem *a, const NodeItem *b) {
        return m_topology.indexOf(a->name()) < m_topology.indexOf(b->name());
    });
    return list;
}

qreal HostTreeLayout::naturalWidth(const NodeItem *item) const
{
    qreal width = item->ownMinimumWidth();
    for (const NodeItem *child : children(item))
        width = qMax(width, naturalWidth(child) + 2 * childPadding);
    return width;
}

void HostTreeLayout::place(NodeItem *item, qreal width) const
{
    const QList<NodeItem *> list = children(item);
    qreal y = item->headerBottom() + childPadding;
    for (NodeItem *child : list) {
        place(child, width - 2 * childPadding);
        child->setPos(childPadding, y);
        y += child->size().height() + childSpacing;
    }
    const qreal height = list.isEmpty() ? item->headerBottom() : y - childSpacing + childPadding;
    item->setSize(QSizeF(width, height));
}

} // namespace Topologist
