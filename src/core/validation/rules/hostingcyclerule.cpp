// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/hostingcyclerule.h"

#include "validation/rules/candidatetargets.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void HostingCycleRule::checkNode(const ValidationContext &context,
                                 const NodeTemplate &node,
                                 Problems *problems) const
{
    QStringList chain{node.name};
    QString current = context.hostOf(node.name);
    while (!current.isEmpty() && context.topology().contains(current)) {
        if (current == node.name) {
            chain.append(current);
            int index = -1;
            for (int i = 0; i < int(node.requirements.size()); ++i) {
                if (node.requirements[i].node == chain[1]
                    && context.isHosting(node, node.requirements[i]))
                    index = i;
            }
            Problem problem
                = Problem::make(Severity::Error,
                                QStringLiteral("TOPO-HOST-002"),
                                node.name,
                                ProblemMember(),
                                index >= 0 ? node.requirements[index].location : node.location,
                                QCoreApplication::translate("Validation", "hosting loop: %1")
                                    .arg(chain.join(QStringLiteral(" → "))));
            problem.requirementIndex = index;
            // Re-hosting on a node outside the loop breaks it without leaving the node homeless.
            const RequirementDefinition *definition
                = index >= 0 ? context.requirementDefinition(node, node.requirements[index].name)
                             : nullptr;
            if (definition)
                problem.fixes = retargetFixes(context, node, index, *definition);
            problems->append(problem);
            return;
        }
        if (chain.contains(current))
            return; // a loop further up; its members report it
        chain.append(current);
        current = context.hostOf(current);
    }
}

} // namespace Topologist
