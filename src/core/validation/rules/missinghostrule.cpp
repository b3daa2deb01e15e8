// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/missinghostrule.h"

#include "validation/rules/candidatetargets.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void MissingHostRule::checkNode(const ValidationContext &context,
                                const NodeTemplate &node,
                                Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type || type->abstract)
        return;
    for (const RequirementDefinition &definition : type->requirements) {
        if (definition.occurrences.lower < 1
            || !context.isHostingRelationship(definition.relationship))
            continue;
        bool hosted = false;
        for (const RequirementAssignment &r : node.requirements) {
            if (r.name == definition.name && (!r.node.isEmpty() || context.leftToOrchestrator(r)))
                hosted = true;
        }
        if (hosted)
            continue;
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-HOST-001"),
            node.name,
            ProblemMember::requirement(definition.name),
            node.location,
            QCoreApplication::translate("Validation",
                                        "%1 is not hosted on anything; it must be hosted on a %2")
                .arg(node.name,
                     definition.node.isEmpty() ? definition.capability : definition.node));
        problem.fixes = connectFixes(context, node, definition);
        problems->append(problem);
    }
}

} // namespace Topologist
