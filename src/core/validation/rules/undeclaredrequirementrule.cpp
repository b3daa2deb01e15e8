// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/undeclaredrequirementrule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void UndeclaredRequirementRule::checkNode(const ValidationContext &context,
                                          const NodeTemplate &node,
                                          Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        if (context.requirementDefinition(node, requirement.name))
            continue;
        QStringList declared;
        for (const RequirementDefinition &definition : type->requirements)
            declared << definition.name;
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-REQ-003"),
            node.name,
            ProblemMember::requirement(requirement.name),
            requirement.location,
            QCoreApplication::translate("Validation",
                                        "%1 has no requirement '%2'; its requirements are: %3")
                .arg(node.type,
                     requirement.name,
                     declared.isEmpty() ? QCoreApplication::translate("Validation", "none")
                                        : declared.join(QStringLiteral(", "))));
        problem.requirementIndex = i;
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
        problems->append(problem);
    }
}

} // namespace Topologist
