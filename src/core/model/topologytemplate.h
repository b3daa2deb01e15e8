// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/groupdefinition.h"
#include "model/nodelist.h"
#include "model/nodetemplate.h"
#include "model/outputdefinition.h"
#include "model/policydefinition.h"
#include "model/value.h"
#include "support/sourcelocation.h"
#include "types/propertydefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// The `topology_template` of an archive: inputs, node templates (in file order), outputs,
/// groups and policies, and the substitution mapping and workflows as written.
///
/// Node templates are addressed by name, which is what the YAML, Alien4Cloud and every
/// requirement use. The name index makes lookups O(1), which validation of thousand-node
/// topologies relies on; it is kept current by every change through this class.
class TopologyTemplate
{
public:
    QString description;
    PropertyDefinitions inputs;
    Value inputArtifacts;
    OutputDefinitions outputs;
    GroupDefinitions groups;
    PolicyDefinitions policies;
    /// TOSCA writes policies as a list of single-entry maps (Alien4Cloud does too); some files
    /// use a map. Saving keeps the form read.
    bool policiesAsMap = false;
    /// `substitution_mappings` (node_type, capabilities, requirements, properties) as written.
    Value substitutionMappings;
    /// Alien4Cloud's `workflows` (steps, targets, activities, on_success) as written.
    Value workflows;
    /// Sections this model does not interpret, kept so that saving never drops them.
    Value extras;
    SourceLocation location;

    const NodeList &nodes() const { return m_nodes; }
    int nodeCount() const { return int(m_nodes.size()); }
    /// The first node template called `name` (duplicates are a validation error), or null.
    const NodeTemplate *node(const QString &name) const;
    NodeTemplate *node(const QString &name);
    int indexOf(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    /// Two node templates share a name (the index keeps the first of them only).
    bool hasDuplicateNames() const { return m_nodes.nameCount() != m_nodes.size(); }
    QStringList nodeNames() const;

    void appendNode(const NodeTemplate &node);
    /// Takes the node over (a reader builds 20,000 and keeps them all).
    void appendNode(NodeTemplate &&node);
    /// Room for @p count nodes, so that appending them never moves the ones already there.
    void reserveNodes(int count);
    void insertNode(int index, const NodeTemplate &node);
    void removeNodeAt(int index);
    /// Inserts each node at its index in the final list; `nodes` is sorted by index.
    void insertNodes(const QList<std::pair<int, NodeTemplate>> &nodes);
    /// Removes the nodes at `indexes` (in any order).
    void removeNodesAt(QList<int> indexes);
    void replaceNode(int index, const NodeTemplate &node);
    NodeTemplate &nodeAt(int index) { return m_nodes[index]; }
    const NodeTemplate &nodeAt(int index) const { return m_nodes[index]; }

    /// The nodes whose requirements target `name`.
    QStringList sourcesOf(const QString &name) const;

    /// The type of the relationship template `name` (topology_template.relationship_templates,
    /// kept as written in extras), or empty when there is no such template. A requirement's
    /// `relationship` names a relationship type or one of these templates.
    QString relationshipTemplateType(const QString &name) const;

    friend bool operator==(const TopologyTemplate &a, const TopologyTemplate &b)
    {
        return a.description == b.description && a.inputs == b.inputs
               && a.inputArtifacts == b.inputArtifacts && a.outputs == b.outputs
               && a.groups == b.groups && a.policies == b.policies
               && a.policiesAsMap == b.policiesAsMap
               && a.substitutionMappings == b.substitutionMappings && a.workflows == b.workflows
               && a.extras == b.extras && a.m_nodes == b.m_nodes;
    }
    friend bool operator!=(const TopologyTemplate &a, const TopologyTemplate &b)
    {
        return !(a == b);
    }

private:
    NodeList m_nodes;
};

} // namespace Topologist
