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
    shiftIndex(index, +1);
    indexAt(index);
}

void TopologyTemplate::removeNodeAt(int index)
{
    const QString name = m_nodes[index].name;
    m_nodes.removeAt(index);
    shiftIndex(index + 1, -1);
    forgetAt(name, index);
}

void TopologyTemplate::replaceNode(int index, const NodeTemplate &node)
{
    const QString was = m_nodes[index].name;
    m_nodes[index] = node;
    if (was == node.name)
        return;
    forgetAt(was, index);
    indexAt(index);
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

// Slots come and go one at a time in an edit: the index is patched rather than rebuilt,
// which hashed every name again (a few milliseconds per slot at 10,000 nodes).
void TopologyTemplate::shiftIndex(int from, int by)
{
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        if (it.value() >= from)
            it.value() += by;
    }
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

void TopologyTemplate::forgetAt(const QString &name, int index)
{
    const auto found = m_index.find(name);
    if (found == m_index.end() || found.value() != index)
        return; // a later duplicate went; the first one stays indexed
    // The first node of that name went: a later one of the same name takes its place.
    for (int i = index; i < int(m_nodes.size()); ++i) {
        if (m_nodes[i].name == name) {
            found.value() = i;
            return;
        }
    }
    m_index.erase(found);
}

} // namespace Topologist
