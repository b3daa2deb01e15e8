// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <array>

namespace Topologist::Test {

/// A requirement of a generated node, to another node of its group.
struct GeneratedRequirement
{
    const char *name = nullptr; // null: no requirement in this slot
    int target = 0;             // index inside the group
    const char *capability = nullptr;
    const char *relationship = nullptr; // a type, or a block starting with a line break
};

/// A generated node template: `@` in its body stands for the group number.
struct GeneratedNodeShape
{
    const char *prefix;
    const char *type;
    const char *body; // properties/capabilities block, already indented for a node template
    std::array<GeneratedRequirement, 4> requirements;
};

/// The node templates of the topology generators: `nodeCount` nodes in groups of the same
/// shapes, group g's copy of a shape called `<prefix>_g`, every requirement in the long form
/// as Alien4Cloud exports it. A group cut short by nodeCount drops the requirements whose
/// target was not generated, so the topology never has dangling references.
class GroupedNodes
{
public:
    static constexpr int GroupSize = 10;
    using Shapes = std::array<GeneratedNodeShape, GroupSize>;

    GroupedNodes(const Shapes &shapes, int nodeCount);

    QByteArray nodeName(int group, int indexInGroup) const;
    /// The node template names, in file order.
    QStringList nodeNames() const;
    /// How many requirement assignments appendNodeTemplates() writes.
    int relationshipCount() const;
    /// Writes every node template, indented for `node_templates:`.
    void appendNodeTemplates(QByteArray *out) const;

private:
    void appendRequirements(QByteArray *out, int group, int indexInGroup) const;
    int nodesInGroup(int group) const;

    const Shapes &m_shapes;
    int m_nodeCount;
};

} // namespace Topologist::Test
