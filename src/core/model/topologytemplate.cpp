// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologytemplate.h"

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
    m_nodes.insert(index, node);
    rebuildIndex();
}

void TopologyTemplate::removeNodeAt(int index)
{
    m_nodes.removeAt(index);
    rebuildIndex();
}

void TopologyTemplate::replaceNode(int index, const NodeTemplate &node)
{
    const bool renamed = m_nodes[index].name != node.name;
    m_nodes[index] = node;
    if (renamed)
        rebuildIndex();
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

void TopologyTemplate::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(int(m_nodes.size()));
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (!m_index.contains(m_nodes[i].name))
            m_index.insert(m_nodes[i].name, i);
    }
}

} // namespace Topologist
