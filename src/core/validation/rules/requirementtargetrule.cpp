// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/requirementtargetrule.h"

#include "types/relationshipmatcher.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <optional>

namespace Topologist {

namespace {

/// Points the relationship at a capability of the target that fits, when there is one.
std::optional<QuickFix> fittingCapabilityFix(const ValidationContext &context,
                                             const NodeTemplate &node,
                                             int requirementIndex,
                                             const RequirementDefinition &definition,
                                             const NodeTemplate &target,
                                             const TypeDefinition &targetType)
{
    const RequirementAssignment &requirement = node.requirements[requirementIndex];
    RelationshipMatcher matcher(context.types());
    const QString fitting = matcher.matchingCapability(
        definition, context.relationshipType(node, requirement), targetType);
    if (fitting.isEmpty() || fitting == requirement.capability)
        return std::nullopt;
    QuickFix fix;
    fix.description
        = QCoreApplication::translate("Validation", "Connect %1.%2 to capability '%3' of %4")
              .arg(node.name, requirement.name, fitting, target.name);
    QuickFixEdit edit;
    edit.kind = QuickFixEdit::Kind::SetRequirement;
    edit.node = node.name;
    edit.requirementIndex = requirementIndex;
    edit.requirement = requirement;
    edit.requirement.capability = fitting;
    edit.requirement.shortForm = false;
    fix.edits.append(edit);
    return fix;
}

} // namespace

void RequirementTargetRule::checkNode(const ValidationContext &context,
                                      const NodeTemplate &node,
                                      Problems *problems) const
{
    const TypeRegistry &types = context.types();
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        const NodeTemplate *target = context.topology().node(requirement.node);
        const RequirementDefinition *definition
            = context.requirementDefinition(node, requirement.name);
        if (!target || !definition)
            continue;
        const TypeDefinition *targetType = context.nodeType(*target);
        if (!targetType)
            continue;
        const ProblemMember member = ProblemMember::requirement(requirement.name);
        const auto report = [&](const QString &code, const QString &message) {
            Problem problem
                = Problem::make(Severity::Error,
                                code,
                                node.name,
                                member,
                                requirement.nodeLocation.isValid() ? requirement.nodeLocation
                                                                   : requirement.location,
                                message);
            problem.requirementIndex = i;
            if (const std::optional<QuickFix> fix
                = fittingCapabilityFix(context, node, i, *definition, *target, *targetType))
                problem.fixes.append(*fix);
            problems->append(problem);
        };

        if (!definition->node.isEmpty()
            && !types.derivesFrom(TypeKind::Node, target->type, definition->node)) {
            report(QStringLiteral("TOPO-REQ-007"),
                   QCoreApplication::translate("Validation",
                                               "requirement '%1' must target a %2, but %3 is a %4")
                       .arg(requirement.name, definition->node, target->name, target->type));
            continue;
        }
        const CapabilityDefinition *capability
            = context.targetCapability(node, requirement, *target);
        if (!capability) {
            report(QStringLiteral("TOPO-REQ-005"),
                   requirement.capability.isEmpty()
                       ? QCoreApplication::translate(
                             "Validation", "%1 offers no %2 capability for requirement '%3'")
                             .arg(target->name, definition->capability, requirement.name)
                       : QCoreApplication::translate("Validation",
                                                     "%1 has no capability '%2' (requirement '%3')")
                             .arg(target->name, requirement.capability, requirement.name));
            continue;
        }
        if (!definition->capability.isEmpty()
            && !types.derivesFrom(TypeKind::Capability, capability->type, definition->capability)) {
            report(
                QStringLiteral("TOPO-REQ-004"),
                QCoreApplication::translate(
                    "Validation", "requirement '%1' needs a %2, but capability '%3' of %4 is a %5")
                    .arg(requirement.name,
                         definition->capability,
                         capability->name,
                         target->name,
                         capability->type));
        }
    }
}

} // namespace Topologist
