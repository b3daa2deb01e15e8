// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/validtargettypesrule.h"

#include "types/relationshipmatcher.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void ValidTargetTypesRule::checkNode(const ValidationContext &context,
                                     const NodeTemplate &node,
                                     Problems *problems) const
{
    const RelationshipMatcher matcher(context.types());
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        const NodeTemplate *target = context.topology().node(requirement.node);
        if (!target)
            continue;
        const QString relationship = context.relationshipType(node, requirement);
        const TypeDefinition *relationshipType
            = context.types().resolved(TypeKind::Relationship, relationship);
        if (!relationshipType || !relationshipType->validTargetTypes)
            continue;
        const CapabilityDefinition *capability
            = context.targetCapability(node, requirement, *target);
        if (!capability || matcher.acceptsTarget(relationship, target->type, capability->type))
            continue;
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-REL-003"),
            node.name,
            ProblemMember::requirement(requirement.name),
            requirement.nodeLocation.isValid() ? requirement.nodeLocation : requirement.location,
            QCoreApplication::translate(
                "Validation", "%1 may only target %2, but %3.%4 targets %5 (%6, capability %7)")
                .arg(relationship,
                     relationshipType->validTargetTypes->join(QStringLiteral(", ")),
                     node.name,
                     requirement.name,
                     target->name,
                     target->type,
                     capability->type));
        problem.requirementIndex = i;
        problems->append(problem);
    }
}

} // namespace Topologist
