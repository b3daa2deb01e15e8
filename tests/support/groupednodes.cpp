// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupednodes.h"

namespace Topologist::Test {

GroupedNodes::GroupedNodes(const Shapes &shapes, int nodeCount)
    : m_shapes(shapes)
    , m_nodeCount(qMax(0, nodeCount))
{}

QByteArray GroupedNodes::nodeName(int group, int indexInGroup) const
{
    return QByteArray(m_shapes[size_t(indexInGroup)].prefix) + '_' + QByteArray::number(group);
}

QStringList GroupedNodes::nodeNames() const
{
    QStringList names;
    names.reserve(m_nodeCount);
    for (int i = 0; i < m_nodeCount; ++i)
        names << QString::fromLatin1(nodeName(i / GroupSize, i % GroupSize));
    return names;
}

int GroupedNodes::nodesInGroup(int group) const
{
    return qMin(GroupSize, m_nodeCount - group * GroupSize);
}

int GroupedNodes::relationshipCount() const
{
    int count = 0;
    for (int i = 0; i < m_nodeCount; ++i) {
        for (const GeneratedRequirement &r : m_shapes[size_t(i % GroupSize)].requirements) {
            if (r.name && r.target < nodesInGroup(i / GroupSize))
                ++count;
        }
    }
    return count;
}

void GroupedNodes::appendNodeTemplates(QByteArray *out) const
{
    for (int i = 0; i < m_nodeCount; ++i) {
        const int group = i / GroupSize;
        const GeneratedNodeShape &shape = m_shapes[size_t(i % GroupSize)];
        *out += "    " + nodeName(group, i % GroupSize) + ":\n";
        *out += QByteArray("      type: ") + shape.type + '\n';
        *out += QByteArray(shape.body).replace('@', QByteArray::number(group));
        appendRequirements(out, group, i % GroupSize);
    }
}

void GroupedNodes::appendRequirements(QByteArray *out, int group, int indexInGroup) const
{
    bool first = true;
    for (const GeneratedRequirement &r : m_shapes[size_t(indexInGroup)].requirements) {
        if (!r.name || r.target >= nodesInGroup(group))
            continue;
        if (first)
            *out += "      requirements:\n";
        first = false;
        *out += QByteArray("        - ") + r.name + ":\n";
        *out += "            node: " + nodeName(group, r.target) + '\n';
        *out += QByteArray("            capability: ") + r.capability + '\n';
        *out += QByteArray("            relationship: ") + r.relationship;
        if (r.relationship[0] != '\n')
            *out += '\n';
    }
}

} // namespace Topologist::Test
