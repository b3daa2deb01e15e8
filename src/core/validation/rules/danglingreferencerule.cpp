// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/danglingreferencerule.h"

#include "validation/rules/candidatetargets.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void DanglingReferenceRule::checkNode(const ValidationContext &context,
                                      const NodeTemplate &node,
                                      Problems *problems) const
{
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        if (requirement.node.isEmpty() || context.topology().contains(requirement.node))
            continue;
        Problem problem;
        problem.severity = Severity::Error;
        problem.code = QStringLiteral("TOPO-REQ-002");
        problem.node = node.name;
        problem.member = ProblemMember::requirement(requirement.name);
        problem.requirementIndex = i;
        problem.location
            = requirement.nodeLocation.isValid() ? requirement.nodeLocation : requirement.location;
        problem.message = QCoreApplication::translate("Validation",
                                                      "requirement '%1' targets '%2', but there is "
                                                      "no node template of that name")
                              .arg(requirement.name, requirement.node);
        const RequirementDefinition *definition
            = context.requirementDefinition(node, requirement.name);
        if (definition)
            problem.fixes = retargetFixes(context, node, i, *definition);
        // Removing the relationship only fixes things when the requirement does not need it.
        int others = 0;
        for (const RequirementAssignment &r : node.requirements)
            others += r.name == requirement.name && context.topology().contains(r.node) ? 1 : 0;
        if (!definition || others >= definition->occurrences.lower) {
            QuickFix remove;
            remove.description
                = QCoreApplication::translate("Validation", "Remove requirement '%1' of %2")
                      .arg(requirement.name, node.name);
            QuickFixEdit edit;
            edit.kind = QuickFixEdit::Kind::RemoveRequirement;
            edit.node = node.name;
            edit.requirementIndex = i;
            remove.edits.append(edit);
            problem.fixes.append(remove);
        }
        problems->append(problem);
    }
}

} // namespace Topologist
