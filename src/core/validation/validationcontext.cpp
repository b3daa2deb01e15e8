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
    , m_hosting(types)
{
    const auto appendOnce = [](QStringList &list, const QString &name) {
        if (list.isEmpty() || list.last() != name)
            list.append(name);
    };

    const int count = topology.nodeCount();
    std::vector<std::pair<int, int>> sourceEdges;
    std::vector<std::pair<int, int>> hostEdges;
    sourceEdges.reserve(size_t(count) * 2);
    hostEdges.reserve(size_t(count));
    m_hostingRequirement.assign(size_t(count), -1);
    for (int index = 0; index < count; ++index) {
        const NodeTemplate &node = topology.nodeAt(index);
        if (node.requirements.isEmpty())
            continue;
        const int hostingRequirement = m_hosting.hostingRequirement(node);
        m_hostingRequirement[size_t(index)] = hostingRequirement;
        for (int k = 0; k < int(node.requirements.size()); ++k) {
            const RequirementAssignment &r = node.requirements[k];
            if (r.node.isEmpty())
                continue;
            const int target = topology.indexOf(r.node);
            const bool hosting = k == hostingRequirement;
            if (target < 0) {
                appendOnce(m_sourcesOfUnknown[r.node], node.name);
                if (hosting)
                    m_hostedOnUnknown[r.node].append(node.name);
                continue;
            }
            sourceEdges.emplace_back(target, index);
            if (hosting)
                hostEdges.emplace_back(target, index);
        }
    }
    m_sources.build(count, sourceEdges);
    m_hosted.build(count, hostEdges);
}

void ValidationContext::Adjacency::build(int nodeCount,
                                         const std::vector<std::pair<int, int>> &edges)
{
    begin.assign(size_t(nodeCount) + 1, 0);
    for (const auto &edge : edges)
        ++begin[size_t(edge.first) + 1];
    for (size_t i = 1; i < begin.size(); ++i)
        begin[i] += begin[i - 1];
    end.assign(begin.cbegin(), begin.cend() - 1);
    nodes.resize(edges.size());
    // Edges come in node order, so a node pointing twice at the same target (two requirements)
    // lands twice in a row in that target's range and is kept once.
    for (const auto &edge : edges) {
        int &last = end[size_t(edge.first)];
        if (last > begin[size_t(edge.first)] && nodes[size_t(last) - 1] == edge.second)
            continue;
        nodes[size_t(last++)] = edge.second;
    }
}

QStringList ValidationContext::Adjacency::names(const TopologyTemplate &topology, int target) const
{
    QStringList result;
    if (target < 0 || size_t(target) >= end.size())
        return result;
    result.reserve(end[size_t(target)] - begin[size_t(target)]);
    for (int i = begin[size_t(target)]; i < end[size_t(target)]; ++i)
        result.append(topology.nodeAt(nodes[size_t(i)]).name);
    return result;
}

QStringList ValidationContext::related(const Adjacency &adjacency,
                                       const QHash<QString, QStringList> &unknownTargets,
                                       const QString &name) const
{
    const int index = m_topology.indexOf(name);
    return index >= 0 ? adjacency.names(m_topology, index) : unknownTargets.value(name);
}

QStringList ValidationContext::sourcesOf(const QString &name) const
{
    return related(m_sources, m_sourcesOfUnknown, name);
}

QStringList ValidationContext::hostedOn(const QString &name) const
{
    return related(m_hosted, m_hostedOnUnknown, name);
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
    const int index = m_topology.indexOf(name);
    if (index < 0 || size_t(index) >= m_hostingRequirement.size())
        return QString();
    const int requirement = m_hostingRequirement[size_t(index)];
    return requirement < 0 ? QString() : m_topology.nodeAt(index).requirements[requirement].node;
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
