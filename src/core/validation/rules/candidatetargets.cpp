// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/candidatetargets.h"

#include "types/relationshipmatcher.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

QuickFixes connectFixes(const ValidationContext &context,
                        const NodeTemplate &node,
                        const RequirementDefinition &requirement,
                        int limit)
{
    QuickFixes fixes;
    const RelationshipMatcher matcher(context.types());
    const bool hosting = context.isHostingRelationship(requirement.relationship);
    for (const NodeTemplate &candidate : context.topology().nodes()) {
        if (candidate.name == node.name || fixes.size() >= limit)
            continue;
        const TypeDefinition *type = context.nodeType(candidate);
        if (!type)
            continue;
        const QString capability = matcher.matchingCapability(requirement, QString(), *type);
        if (capability.isEmpty())
            continue;
        // Hosting on a node that is (transitively) hosted on this one would make a cycle.
        if (hosting && context.hostingChain(candidate.name).contains(node.name))
            continue;
        QuickFix fix;
        fix.description = hosting ? QCoreApplication::translate("Validation", "Host %1 on %2")
                                        .arg(node.name, candidate.name)
                                  : QCoreApplication::translate("Validation", "Connect %1.%2 to %3")
                                        .arg(node.name, requirement.name, candidate.name);
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::AddRequirement;
        edit.node = node.name;
        edit.requirement.name = requirement.name;
        edit.requirement.node = candidate.name;
        const CapabilityDefinition *definition = nullptr;
        for (const CapabilityDefinition &c : type->capabilities) {
            if (c.name == capability)
                definition = &c;
        }
        // Alien4Cloud writes the capability type and the relationship type in full.
        edit.requirement.capability = definition ? definition->type : capability;
        edit.requirement.relationship = requirement.relationship;
        edit.requirement.properties = Value();
        edit.requirement.extras = Value::map();
        fix.edits.append(edit);
        fixes.append(fix);
    }
    return fixes;
}

QuickFixes retargetFixes(const ValidationContext &context,
                         const NodeTemplate &node,
                         int requirementIndex,
                         const RequirementDefinition &requirement,
                         int limit)
{
    QuickFixes fixes;
    const RequirementAssignment &current = node.requirements[requirementIndex];
    for (QuickFix fix : connectFixes(context, node, requirement, limit + 1)) {
        QuickFixEdit &edit = fix.edits.first();
        if (edit.requirement.node == current.node || fixes.size() >= limit)
            continue;
        const QString target = edit.requirement.node;
        edit.kind = QuickFixEdit::Kind::SetRequirement;
        edit.requirementIndex = requirementIndex;
        RequirementAssignment replaced = current;
        replaced.node = target;
        replaced.capability = edit.requirement.capability;
        replaced.shortForm = false;
        edit.requirement = replaced;
        fix.description
            = context.isHostingRelationship(requirement.relationship)
                  ? QCoreApplication::translate("Validation", "Host %1 on %2 instead")
                        .arg(node.name, target)
                  : QCoreApplication::translate("Validation", "Connect %1.%2 to %3 instead")
                        .arg(node.name, requirement.name, target);
        fixes.append(fix);
    }
    return fixes;
}

} // namespace Topologist
