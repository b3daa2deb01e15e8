// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/relationshipmatcher.h"

#include "types/typeregistry.h"

#include <QCoreApplication>

namespace Topologist {

RelationshipMatcher::RelationshipMatcher(const TypeRegistry &types)
    : m_types(types)
{}

bool RelationshipMatcher::acceptsTarget(const QString &relationshipType,
                                        const QString &targetNodeType,
                                        const QString &capabilityType) const
{
    const TypeDefinition *relationship = m_types.resolved(TypeKind::Relationship, relationshipType);
    if (!relationship || !relationship->validTargetTypes
        || relationship->validTargetTypes->isEmpty())
        return true;
    for (const QString &valid : *relationship->validTargetTypes) {
        if (m_types.derivesFrom(TypeKind::Node, targetNodeType, valid)
            || m_types.derivesFrom(TypeKind::Capability, capabilityType, valid))
            return true;
    }
    return false;
}

QString RelationshipMatcher::matchingCapability(const RequirementDefinition &requirement,
                                                const QString &relationshipType,
                                                const TypeDefinition &target,
                                                QString *why) const
{
    const auto refuse = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    if (!requirement.node.isEmpty()
        && !m_types.derivesFrom(TypeKind::Node, target.name, requirement.node))
        return refuse(QCoreApplication::translate("Validation", "%1 is not a %2")
                          .arg(target.name, requirement.node));
    const QString relationship
        = relationshipType.isEmpty() ? requirement.relationship : relationshipType;
    bool capabilityFound = false;
    for (const CapabilityDefinition &capability : target.capabilities) {
        if (!requirement.capabilityName.isEmpty() && capability.name != requirement.capabilityName)
            continue;
        if (!requirement.capability.isEmpty()
            && !m_types.derivesFrom(TypeKind::Capability, capability.type, requirement.capability))
            continue;
        capabilityFound = true;
        if (relationship.isEmpty() || acceptsTarget(relationship, target.name, capability.type))
            return capability.name;
    }
    if (!capabilityFound)
        return refuse(QCoreApplication::translate("Validation", "%1 offers no %2 capability")
                          .arg(target.name, requirement.capability));
    return refuse(QCoreApplication::translate("Validation", "%1 cannot target %2")
                      .arg(relationship, target.name));
}

} // namespace Topologist
