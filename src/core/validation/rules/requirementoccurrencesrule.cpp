// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/requirementoccurrencesrule.h"

#include "validation/rules/candidatetargets.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void RequirementOccurrencesRule::checkNode(const ValidationContext &context,
                                           const NodeTemplate &node,
                                           Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    for (const RequirementDefinition &definition : type->requirements) {
        QList<int> indexes;
        for (int i = 0; i < int(node.requirements.size()); ++i) {
            const RequirementAssignment &assignment = node.requirements[i];
            if (assignment.name == definition.name
                && (!assignment.node.isEmpty() || context.leftToOrchestrator(assignment)))
                indexes.append(i);
        }
        const int count = int(indexes.size());
        const ProblemMember member = ProblemMember::requirement(definition.name);
        const bool hosting = context.isHostingRelationship(definition.relationship);
        // Like Alien4Cloud, abstract types are not held to their lower bounds: they are
        // replaced by a concrete type at deployment.
        if (count < definition.occurrences.lower && !type->abstract && !(hosting && count == 0)) {
            Problem problem = Problem::make(
                Severity::Error,
                QStringLiteral("TOPO-REQ-001"),
                node.name,
                member,
                node.location,
                count == 0
                    ? QCoreApplication::translate(
                          "Validation", "requirement '%1' is not connected: %2 needs a %3%4")
                          .arg(definition.name,
                               node.name,
                               definition.capability,
                               definition.node.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (") + definition.node + QLatin1Char(')'))
                    : QCoreApplication::translate(
                          "Validation",
                          "requirement '%1' has %2 relationships; it needs at least %3")
                          .arg(definition.name)
                          .arg(count)
                          .arg(definition.occurrences.lower));
            problem.fixes = connectFixes(context, node, definition);
            problems->append(problem);
        }
        if (definition.occurrences.isExceededBy(count)) {
            const int extra = indexes[definition.occurrences.upper];
            Problem problem = Problem::make(
                Severity::Error,
                QStringLiteral("TOPO-REQ-006"),
                node.name,
                member,
                node.requirements[extra].location,
                QCoreApplication::translate(
                    "Validation", "requirement '%1' has %2 relationships; at most %3 are allowed")
                    .arg(definition.name)
                    .arg(count)
                    .arg(definition.occurrences.upper));
            problem.requirementIndex = extra;
            QuickFix fix;
            fix.description
                = QCoreApplication::translate("Validation", "Remove the relationship %1.%2 → %3")
                      .arg(node.name, definition.name, node.requirements[extra].node);
            QuickFixEdit edit;
            edit.kind = QuickFixEdit::Kind::RemoveRequirement;
            edit.node = node.name;
            edit.requirementIndex = extra;
            fix.edits.append(edit);
            problem.fixes.append(fix);
            problems->append(problem);
        }
    }
}

} // namespace Topologist
