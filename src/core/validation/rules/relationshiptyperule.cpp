// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/relationshiptyperule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void RelationshipTypeRule::checkNode(const ValidationContext &context,
                                     const NodeTemplate &node,
                                     Problems *problems) const
{
    const TypeRegistry &types = context.types();
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        if (requirement.relationship.isEmpty())
            continue;
        const ProblemMember member = ProblemMember::requirement(requirement.name);
        // The relationship is a type, or one of the topology's relationship templates.
        const QString type = context.relationshipType(node, requirement);
        if (!types.contains(TypeKind::Relationship, type)) {
            Problem problem = Problem::make(
                Severity::Error,
                QStringLiteral("TOPO-REL-001"),
                node.name,
                member,
                requirement.location,
                QCoreApplication::translate("Validation",
                                            "unknown relationship type '%1' on requirement '%2'")
                    .arg(requirement.relationship, requirement.name));
            problem.requirementIndex = i;
            problems->append(problem);
            continue;
        }
        const RequirementDefinition *definition
            = context.requirementDefinition(node, requirement.name);
        if (!definition || definition->relationship.isEmpty()
            || types.derivesFrom(TypeKind::Relationship, type, definition->relationship))
            continue;
        const bool moreGeneral
            = types.derivesFrom(TypeKind::Relationship, definition->relationship, type);
        Problem problem = Problem::make(
            moreGeneral ? Severity::Warning : Severity::Error,
            QStringLiteral("TOPO-REL-002"),
            node.name,
            member,
            requirement.location,
            moreGeneral && context.isPlainTosca()
                ? QCoreApplication::translate(
                      "Validation",
                      "requirement '%1' uses %2, a parent of the %3 its type "
                      "declares; only what %2 defines is checked and run")
                      .arg(requirement.name, type, definition->relationship)
            : moreGeneral ? QCoreApplication::translate(
                                "Validation",
                                "requirement '%1' uses %2, a parent of the %3 its type "
                                "declares; Alien4Cloud accepts it, but only what %2 "
                                "defines is checked and run")
                                .arg(requirement.name, type, definition->relationship)
                          : QCoreApplication::translate(
                                "Validation",
                                "requirement '%1' uses %2, but its type asks for %3 (or a type "
                                "derived from it)")
                                .arg(requirement.name, type, definition->relationship));
        problem.requirementIndex = i;
        QuickFix fix;
        fix.description = QCoreApplication::translate("Validation", "Use %1 for %2.%3")
                              .arg(definition->relationship, node.name, requirement.name);
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::SetRequirement;
        edit.node = node.name;
        edit.requirementIndex = i;
        edit.requirement = requirement;
        edit.requirement.relationship = definition->relationship;
        edit.requirement.shortForm = false;
        fix.edits.append(edit);
        problem.fixes.append(fix);
        problems->append(problem);
    }
}

} // namespace Topologist
