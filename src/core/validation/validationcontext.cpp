// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validationcontext.h"

#include "types/hosting.h"
#include "yaml/toscadialect.h"

#include <QSet>

namespace Topologist {

ValidationContext::ValidationContext(const ToscaArchive &archive,
                                     const TopologyTemplate &topology,
                                     const TypeRegistry &types)
    : m_archive(archive)
    , m_topology(topology)
    , m_types(types)
    , m_hosting(types, &topology)
    , m_ownRelations(std::in_place, topology, m_hosting)
    , m_relations(&*m_ownRelations)
{}

ValidationContext::ValidationContext(const ToscaArchive &archive,
                                     const TopologyTemplate &topology,
                                     const TypeRegistry &types,
                                     const TopologyRelations &relations)
    : m_archive(archive)
    , m_topology(topology)
    , m_types(types)
    , m_hosting(types, &topology)
    , m_relations(&relations)
{}

QStringList ValidationContext::sourcesOf(const QString &name) const
{
    return m_relations->sourcesOf(name);
}

QStringList ValidationContext::hostedOn(const QString &name) const
{
    return m_relations->hostedOn(name);
}

bool ValidationContext::isPlainTosca() const
{
    return ToscaDialect::isToscaSimpleProfile(m_archive.toscaDefinitionsVersion);
}

bool ValidationContext::leftToOrchestrator(const RequirementAssignment &assignment) const
{
    return isPlainTosca() && assignment.node.isEmpty()
           && (!assignment.capability.isEmpty()
               || assignment.extras.contains(QStringLiteral("node_filter")));
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
    return m_hosting.relationshipType(node, assignment);
}

bool ValidationContext::isHostingRelationship(const QString &relationshipType) const
{
    return m_hosting.isHostingRelationship(relationshipType);
}

bool ValidationContext::isHosting(const NodeTemplate &node,
                                  const RequirementAssignment &assignment) const
{
    return m_hosting.isHosting(node, assignment);
}

QString ValidationContext::hostOf(const QString &name) const
{
    return m_relations->hostOf(name);
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

QList<ValidationContext::CapabilityUser>
ValidationContext::capabilityUsers(const NodeTemplate &target, const QString &capability) const
{
    QList<CapabilityUser> users;
    for (const QString &sourceName : sourcesOf(target.name)) {
        const NodeTemplate *source = m_topology.node(sourceName);
        for (int i = 0; source && i < int(source->requirements.size()); ++i) {
            const RequirementAssignment &r = source->requirements[i];
            if (r.node != target.name)
                continue;
            const CapabilityDefinition *used = targetCapability(*source, r, target);
            if (used && used->name == capability)
                users.append({source, i});
        }
    }
    return users;
}

} // namespace Topologist
