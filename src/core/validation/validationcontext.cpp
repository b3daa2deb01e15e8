// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validationcontext.h"

#include <QSet>

namespace Topologist {

namespace {
const QString hostedOnType = QStringLiteral("tosca.relationships.HostedOn");
}

ValidationContext::ValidationContext(const ToscaArchive &archive,
                                     const TopologyTemplate &topology,
                                     const TypeRegistry &types)
    : m_archive(archive)
    , m_topology(topology)
    , m_types(types)
{
    for (const NodeTemplate &node : topology.nodes()) {
        QString host;
        for (const RequirementAssignment &r : node.requirements) {
            if (r.node.isEmpty())
                continue;
            QStringList &sources = m_sources[r.node];
            if (sources.isEmpty() || sources.last() != node.name)
                sources.append(node.name);
            if (host.isEmpty() && isHosting(node, r))
                host = r.node;
        }
        if (!host.isEmpty())
            m_hosted[host].append(node.name);
    }
}

const TypeDefinition *ValidationContext::nodeType(const NodeTemplate &node) const
{
    return m_types.resolved(TypeKind::Node, node.type);
}

const RequirementDefinition *
ValidationContext::requirementDefinition(const NodeTemplate &node, const QString &requirement) const
{
    const TypeDefinition *type = nodeType(node);
    if (!type)
        return nullptr;
    for (const RequirementDefinition &definition : type->requirements) {
        if (definition.name == requirement)
            return &definition;
    }
    return nullptr;
}

QString ValidationContext::relationshipType(const NodeTemplate &node,
                                            const RequirementAssignment &assignment) const
{
    if (!assignment.relationship.isEmpty())
        return assignment.relationship;
    if (const RequirementDefinition *definition = requirementDefinition(node, assignment.name))
        return definition->relationship;
    return QString();
}

bool ValidationContext::isHostingRelationship(const QString &relationshipType) const
{
    return !relationshipType.isEmpty()
           && m_types.derivesFrom(TypeKind::Relationship, relationshipType, hostedOnType);
}

bool ValidationContext::isHosting(const NodeTemplate &node,
                                  const RequirementAssignment &assignment) const
{
    return isHostingRelationship(relationshipType(node, assignment));
}

QString ValidationContext::hostOf(const QString &name) const
{
    const NodeTemplate *node = m_topology.node(name);
    if (!node)
        return QString();
    for (const RequirementAssignment &r : node->requirements) {
        if (!r.node.isEmpty() && isHosting(*node, r))
            return r.node;
    }
    return QString();
}

QStringList ValidationContext::hostingChain(const QString &name) const
{
    QStringList chain;
    QSet<QString> seen{name};
    QString current = hostOf(name);
    while (!current.isEmpty() && !seen.contains(current) && m_topology.contains(current)) {
        chain.append(current);
        seen.insert(current);
        current = hostOf(current);
    }
    return chain;
}

Value ValidationContext::effectiveProperty(const NodeTemplate &node, const QString &property) const
{
    if (const Value *set = node.properties.find(property))
        return *set;
    if (const TypeDefinition *type = nodeType(node)) {
        if (const PropertyDefinition *definition = findDefinition(type->properties, property))
            return definition->defaultValue;
    }
    return Value();
}

Value ValidationContext::effectiveCapabilityProperty(const NodeTemplate &node,
                                                     const QString &capability,
                                                     const QString &property) const
{
    if (const CapabilityAssignment *assignment = node.capability(capability)) {
        if (const Value *set = assignment->properties.find(property))
            return *set;
    }
    const TypeDefinition *type = nodeType(node);
    if (!type)
        return Value();
    for (const CapabilityDefinition &definition : type->capabilities) {
        if (definition.name != capability)
            continue;
        if (const Value *set = definition.properties.find(property))
            return *set;
        if (const TypeDefinition *capabilityType
            = m_types.resolved(TypeKind::Capability, definition.type)) {
            if (const PropertyDefinition *p = findDefinition(capabilityType->properties, property))
                return p->defaultValue;
        }
    }
    return Value();
}

QString ValidationContext::capabilityNamed(const NodeTemplate &node,
                                           const QString &nameOrType) const
{
    const TypeDefinition *type = nodeType(node);
    if (!type)
        return QString();
    for (const CapabilityDefinition &definition : type->capabilities) {
        if (definition.name == nameOrType)
            return definition.name;
    }
    for (const CapabilityDefinition &definition : type->capabilities) {
        if (m_types.derivesFrom(TypeKind::Capability, definition.type, nameOrType))
            return definition.name;
    }
    return QString();
}

const CapabilityDefinition *
ValidationContext::targetCapability(const NodeTemplate &source,
                                    const RequirementAssignment &assignment,
                                    const NodeTemplate &target) const
{
    const TypeDefinition *targetType = nodeType(target);
    if (!targetType)
        return nullptr;
    if (!assignment.capability.isEmpty()) {
        for (const CapabilityDefinition &capability : targetType->capabilities) {
            if (capability.name == assignment.capability)
                return &capability;
        }
        for (const CapabilityDefinition &capability : targetType->capabilities) {
            if (m_types.derivesFrom(TypeKind::Capability, capability.type, assignment.capability))
                return &capability;
        }
        return nullptr;
    }
    const RequirementDefinition *definition = requirementDefinition(source, assignment.name);
    if (!definition || definition->capability.isEmpty())
        return nullptr;
    for (const CapabilityDefinition &capability : targetType->capabilities) {
        if (m_types.derivesFrom(TypeKind::Capability, capability.type, definition->capability))
            return &capability;
    }
    return nullptr;
}

} // namespace Topologist
