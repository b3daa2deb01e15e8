// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologytemplate.h"

#include <algorithm>

namespace Topologist {

const NodeTemplate *TopologyTemplate::node(const QString &name) const
{
    return m_nodes.find(name);
}

NodeTemplate *TopologyTemplate::node(const QString &name)
{
    return m_nodes.find(name);
}

int TopologyTemplate::indexOf(const QString &name) const
{
    return int(m_nodes.indexOf(name));
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
    m_nodes.append(node); // a copy first: `node` may be one of m_nodes
}

void TopologyTemplate::appendNode(NodeTemplate &&node)
{
    m_nodes.append(std::move(node));
}

void TopologyTemplate::reserveNodes(int count)
{
    m_nodes.reserve(count);
}

void TopologyTemplate::insertNode(int index, const NodeTemplate &node)
{
    m_nodes.insert(index, node);
}

void TopologyTemplate::removeNodeAt(int index)
{
    m_nodes.removeAt(index);
}

void TopologyTemplate::insertNodes(const QList<std::pair<int, NodeTemplate>> &nodes)
{
    // In ascending order, each lands at its final index.
    for (const auto &[index, node] : nodes)
        m_nodes.insert(index, node);
}

void TopologyTemplate::removeNodesAt(QList<int> indexes)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        m_nodes.removeAt(*it);
}

void TopologyTemplate::replaceNode(int index, const NodeTemplate &node)
{
    m_nodes.replace(index, node);
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

} // namespace Topologist
