// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosting.h"

#include "model/topologytemplate.h"
#include "types/typenames.h"
#include "types/typeregistry.h"

namespace Topologist {

Hosting::Hosting(const TypeRegistry &types, const TopologyTemplate *topology)
    : m_types(types)
    , m_topology(topology)
{}

QString Hosting::relationshipType(const NodeTemplate &node,
                                  const RequirementAssignment &assignment) const
{
    if (!assignment.relationship.isEmpty()) {
        const QString templateType
            = m_topology ? m_topology->relationshipTemplateType(assignment.relationship)
                         : QString();
        return templateType.isEmpty() ? assignment.relationship : templateType;
    }
    const TypeDefinition *type = m_types.resolved(TypeKind::Node, node.type);
    if (!type)
        return QString();
    for (const RequirementDefinition &definition : type->requirements) {
        if (definition.name == assignment.name)
            return definition.relationship;
    }
    return QString();
}

bool Hosting::isHostingRelationship(const QString &relationshipType) const
{
    if (relationshipType.isEmpty())
        return false;
    auto known = m_hostingRelationships.constFind(relationshipType);
    if (known == m_hostingRelationships.constEnd())
        known = m_hostingRelationships.insert(
            relationshipType,
            m_types.derivesFrom(TypeKind::Relationship, relationshipType, TypeNames::hostedOn));
    return *known;
}

bool Hosting::isHosting(const NodeTemplate &node, const RequirementAssignment &assignment) const
{
    return isHostingRelationship(relationshipType(node, assignment));
}

const RequirementDefinition *Hosting::hostingDefinition(const QString &nodeType) const
{
    const TypeDefinition *type = m_types.resolved(TypeKind::Node, nodeType);
    if (!type)
        return nullptr;
    for (const RequirementDefinition &definition : type->requirements) {
        if (isHostingRelationship(definition.relationship))
            return &definition;
    }
    return nullptr;
}

int Hosting::hostingRequirement(const NodeTemplate &node) const
{
    for (int k = 0; k < int(node.requirements.size()); ++k) {
        const RequirementAssignment &r = node.requirements[k];
        if (!r.node.isEmpty() && isHosting(node, r))
            return k;
    }
    return -1;
}

QString Hosting::hostOf(const NodeTemplate &node) const
{
    const int k = hostingRequirement(node);
    return k < 0 ? QString() : node.requirements[k].node;
}

} // namespace Topologist
