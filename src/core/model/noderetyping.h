// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"

#include <QString>
#include <QStringList>

namespace Topologist {

class TopologyTemplate;
struct TypeDefinition;
class TypeRegistry;

/// What giving a node template another type does to it: the type changes; the properties, the
/// capability assignments and the requirements (with their relationships) that the new type
/// declares, itself or through what it inherits, stay; the others go, since the new type would
/// not know what to do with them. Everything else of the node (name, position, description,
/// interfaces, artifacts, comments) stays as it is.
///
/// Change Type shows what it keeps and drops before it does it; the unknown-node-type rule asks
/// whether a type fits a node as it is.
class NodeRetyping
{
public:
    /// No retyping (isValid() is false).
    NodeRetyping() = default;
    /// `type` is the new type resolved (its inherited members merged in, as
    /// TypeRegistry::resolved() gives it).
    NodeRetyping(const NodeTemplate &node, const TypeDefinition &type);
    /// Looks `newType` up in `types`; isValid() is false when it does not know it. With the
    /// `topology` the node is in, the relationships it keeps are checked against their targets.
    NodeRetyping(const NodeTemplate &node,
                 const TypeRegistry &types,
                 const QString &newType,
                 const TopologyTemplate *topology = nullptr);

    bool isValid() const { return m_valid; }
    /// The node with the new type and what it keeps.
    const NodeTemplate &result() const { return m_result; }
    /// Whether the type is the one the node has already (nothing would change).
    bool changesNothing() const { return m_result == m_original; }

    /// Names, in the node's order. A requirement is listed once per relationship, as
    /// "requirement → target" (or just its name when it has no target).
    QStringList keptProperties() const { return m_keptProperties; }
    QStringList droppedProperties() const { return m_droppedProperties; }
    QStringList keptCapabilities() const { return m_keptCapabilities; }
    QStringList droppedCapabilities() const { return m_droppedCapabilities; }
    QStringList keptRequirements() const { return m_keptRequirements; }
    QStringList droppedRequirements() const { return m_droppedRequirements; }
    /// Kept relationships whose target the new type's requirement does not accept (their
    /// capability or node type no longer fits); only known when built with the topology.
    QStringList unfitRequirements() const { return m_unfitRequirements; }
    /// Properties the new type requires, without a default, that the node does not set.
    QStringList missingProperties() const { return m_missingProperties; }

    bool dropsNothing() const
    {
        return m_droppedProperties.isEmpty() && m_droppedCapabilities.isEmpty()
               && m_droppedRequirements.isEmpty();
    }
    /// Whether the node reads as a node of the new type as it is: the type declares all it
    /// writes and it sets all the type requires. Changing to such a type adds no problem.
    bool fits() const { return m_valid && dropsNothing() && m_missingProperties.isEmpty(); }

private:
    void retype(const TypeDefinition &type);

    NodeTemplate m_original;
    NodeTemplate m_result;
    bool m_valid = false;
    QStringList m_keptProperties;
    QStringList m_droppedProperties;
    QStringList m_keptCapabilities;
    QStringList m_droppedCapabilities;
    QStringList m_keptRequirements;
    QStringList m_droppedRequirements;
    QStringList m_missingProperties;
    QStringList m_unfitRequirements;
};

} // namespace Topologist
