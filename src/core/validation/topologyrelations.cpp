// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/topologyrelations.h"

#include "model/topologytemplate.h"
#include "types/hosting.h"

#include <algorithm>

namespace Topologist {

TopologyRelations::TopologyRelations(const TopologyTemplate &topology, const Hosting &hosting)
{
    m_out.reserve(topology.nodeCount());
    m_typeOf.reserve(topology.nodeCount());
    // Nodes come in topology order, so appending keeps every reverse list in order.
    for (int index = 0; index < topology.nodeCount(); ++index) {
        const NodeTemplate &node = topology.nodeAt(index);
        if (topology.indexOf(node.name) != index)
            continue;
        m_typeOf.insert(node.name, node.type);
        m_byType[node.type].append(node.name);
        if (!node.requirements.isEmpty())
            read(topology, hosting, node.name);
    }
}

void TopologyRelations::update(const TopologyTemplate &topology,
                               const Hosting &hosting,
                               const QSet<QString> &changed)
{
    for (const QString &name : changed) {
        forget(name);
        forgetType(name);
    }
    for (const QString &name : changed) {
        read(topology, hosting, name);
        readType(topology, name);
    }
}

void TopologyRelations::readType(const TopologyTemplate &topology, const QString &name)
{
    const NodeTemplate *node = topology.node(name);
    if (!node)
        return;
    m_typeOf.insert(name, node->type);
    insertInOrder(topology, m_byType[node->type], name);
}

void TopologyRelations::forgetType(const QString &name)
{
    const auto type = m_typeOf.constFind(name);
    if (type == m_typeOf.constEnd())
        return;
    removeFrom(m_byType, *type, name);
    m_typeOf.erase(type);
}

void TopologyRelations::read(const TopologyTemplate &topology,
                             const Hosting &hosting,
                             const QString &name)
{
    // A name two nodes share (an error the validator reports) stands for the first of them,
    // as it does for every other question asked by name.
    const NodeTemplate *node = topology.node(name);
    if (!node || node->requirements.isEmpty())
        return;
    Out out;
    const int hostingRequirement = hosting.hostingRequirement(*node);
    for (int k = 0; k < int(node->requirements.size()); ++k) {
        const QString &target = node->requirements[k].node;
        if (target.isEmpty())
            continue;
        if (!out.targets.contains(target))
            out.targets.append(target);
        if (k == hostingRequirement)
            out.host = target;
    }
    if (out.targets.isEmpty())
        return;
    for (const QString &target : std::as_const(out.targets))
        insertInOrder(topology, m_sources[target], name);
    if (!out.host.isEmpty())
        insertInOrder(topology, m_hosted[out.host], name);
    m_out.insert(name, out);
}

void TopologyRelations::forget(const QString &name)
{
    const Out out = m_out.take(name);
    for (const QString &target : out.targets)
        removeFrom(m_sources, target, name);
    if (!out.host.isEmpty())
        removeFrom(m_hosted, out.host, name);
}

void TopologyRelations::insertInOrder(const TopologyTemplate &topology,
                                      QStringList &list,
                                      const QString &name)
{
    // Every name in a list is a node that was not part of the edit, so their relative order is
    // still the topology's: a binary search by index finds the place.
    const int index = topology.indexOf(name);
    if (list.isEmpty() || topology.indexOf(list.constLast()) < index) {
        list.append(name);
        return;
    }
    const auto at
        = std::lower_bound(list.begin(), list.end(), index, [&](const QString &listed, int wanted) {
              return topology.indexOf(listed) < wanted;
          });
    list.insert(at, name);
}

void TopologyRelations::removeFrom(QHash<QString, QStringList> &lists,
                                   const QString &key,
                                   const QString &name)
{
    const auto list = lists.find(key);
    if (list == lists.end())
        return;
    list->removeOne(name);
    if (list->isEmpty())
        lists.erase(list);
}

bool operator==(const TopologyRelations &a, const TopologyRelations &b)
{
    return a.m_out == b.m_out && a.m_sources == b.m_sources && a.m_hosted == b.m_hosted
           && a.m_typeOf == b.m_typeOf && a.m_byType == b.m_byType;
}

} // namespace Topologist
