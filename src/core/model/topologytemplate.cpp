// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologytemplate.h"

#include <algorithm>

namespace Topologist {

const NodeTemplate *TopologyTemplate::node(const QString &name) const
{
    const int index = indexOf(name);
    return index >= 0 ? &m_nodes[index] : nullptr;
}

NodeTemplate *TopologyTemplate::node(const QString &name)
{
    const int index = indexOf(name);
    return index >= 0 ? &m_nodes[index] : nullptr;
}

int TopologyTemplate::indexOf(const QString &name) const
{
    return m_index.value(name, -1);
}

QString TopologyTemplate::relationshipTemplateType(const QString &name) const
{
    if (!extras.isMap())
        return QString();
    const Value *templates = extras.find(QStringLiteral("relationship_templates"));
    const Value *found = templates && templates->isMap() ? templates->find(name) : nullptr;
    const Value *type = found && found->isMap() ? found->find(QStringLiteral("type")) : nullptr;
    return type && type->isScalar() ? type->text() : QString();
}

QStringList TopologyTemplate::nodeNames() const
{
    QStringList names;
    names.reserve(int(m_nodes.size()));
    for (const NodeTemplate &n : m_nodes)
        names << n.name;
    return names;
}

void TopologyTemplate::appendNode(const NodeTemplate &node)
{
    // `node` may be one of m_nodes (a duplicate being made), which append() can move.
    const QString name = node.name;
    m_nodes.append(node);
    if (!m_index.contains(name))
        m_index.insert(name, int(m_nodes.size()) - 1);
}

void TopologyTemplate::appendNode(NodeTemplate &&node)
{
    const QString name = node.name;
    m_nodes.append(std::move(node));
    if (!m_index.contains(name))
        m_index.insert(name, int(m_nodes.size()) - 1);
}

void TopologyTemplate::reserveNodes(int count)
{
    m_nodes.reserve(count);
    m_index.reserve(count);
}

void TopologyTemplate::insertNode(int index, const NodeTemplate &node)
{
    insertNodes({{index, node}});
}

void TopologyTemplate::removeNodeAt(int index)
{
    removeNodesAt({index});
}

// An edit adds or removes a few slots among thousands: the list moves once per run of slots
// and the index is patched in one pass, rather than once per slot (or hashing every name again).
void TopologyTemplate::insertNodes(const QList<std::pair<int, NodeTemplate>> &nodes)
{
    if (nodes.isEmpty())
        return;
    QList<int> positions;
    for (const auto &[index, node] : nodes)
        positions.append(index);
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        int at = it.value();
        for (int position : std::as_const(positions)) {
            if (position > at)
                break;
            ++at;
        }
        it.value() = at;
    }
    for (int i = 0; i < nodes.size();) {
        int run = 1;
        while (i + run < nodes.size() && nodes[i + run].first == nodes[i].first + run)
            ++run;
        m_nodes.insert(nodes[i].first, run, NodeTemplate());
        for (int k = 0; k < run; ++k)
            m_nodes[nodes[i].first + k] = nodes[i + k].second;
        i += run;
    }
    for (int position : std::as_const(positions))
        indexAt(position);
}

void TopologyTemplate::removeNodesAt(QList<int> indexes)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    if (indexes.isEmpty())
        return;
    const bool duplicates = hasDuplicateNames();
    QStringList names;
    for (int index : std::as_const(indexes))
        names.append(m_nodes[index].name);
    for (int i = int(indexes.size()) - 1; i >= 0;) {
        int run = 1;
        while (i - run >= 0 && indexes[i - run] == indexes[i] - run)
            ++run;
        m_nodes.remove(indexes[i] - run + 1, run);
        i -= run;
    }
    for (auto it = m_index.begin(); it != m_index.end();) {
        const auto below = std::lower_bound(indexes.cbegin(), indexes.cend(), it.value());
        if (below != indexes.cend() && *below == it.value()) {
            it = m_index.erase(it); // its node went
            continue;
        }
        it.value() -= int(below - indexes.cbegin());
        ++it;
    }
    // A name two nodes shared now stands for the one that stays.
    for (int i = 0; duplicates && i < names.size(); ++i)
        indexNext(names[i], 0);
}

void TopologyTemplate::replaceNode(int index, const NodeTemplate &node)
{
    const QString was = m_nodes[index].name;
    m_nodes[index] = node;
    if (was == node.name)
        return;
    const bool duplicates = hasDuplicateNames();
    if (m_index.value(was, -1) == index)
        m_index.remove(was);
    indexAt(index);
    if (duplicates)
        indexNext(was, 0);
}

QStringList TopologyTemplate::sourcesOf(const QString &name) const
{
    QStringList sources;
    for (const NodeTemplate &n : m_nodes) {
        for (const RequirementAssignment &r : n.requirements) {
            if (r.node == name) {
                sources << n.name;
                break;
            }
        }
    }
    return sources;
}

void TopologyTemplate::indexAt(int index)
{
    const QString &name = m_nodes[index].name;
    const auto found = m_index.find(name);
    if (found == m_index.end())
        m_index.insert(name, index);
    else if (found.value() > index)
        found.value() = index; // it is now the first node of that name
}

void TopologyTemplate::indexNext(const QString &name, int from)
{
    if (m_index.contains(name))
        return;
    for (int i = from; i < int(m_nodes.size()); ++i) {
        if (m_nodes[i].name == name) {
            m_index.insert(name, i);
            return;
        }
    }
}

} // namespace Topologist
