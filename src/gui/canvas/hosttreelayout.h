// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace Topologist {

class NodeItem;
class TopologyTemplate;

/// Sizes a top-level card and the cards hosted in it: children are stacked in document order,
/// each as wide as its host allows; a host is as wide as its widest descendant needs.
class HostTreeLayout
{
public:
    static void arrange(NodeItem *root, const TopologyTemplate &topology);

private:
    explicit HostTreeLayout(const TopologyTemplate &topology)
        : m_topology(topology)
    {}
    QList<NodeItem *> children(const NodeItem *item) const;
    qreal naturalWidth(const NodeItem *item) const;
    void place(NodeItem *item, qreal width) const;

    const TopologyTemplate &m_topology;
};

} // namespace Topologist
