// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/unknowncapabilityrule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void UnknownCapabilityRule::checkNode(const ValidationContext &context,
                                      const NodeTemplate &node,
                                      Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    for (const CapabilityAssignment &assignment : node.capabilities) {
        bool known = false;
        QStringList names;
        for (const CapabilityDefinition &definition : type->capabilities) {
            names << definition.name;
            known |= definition.name == assignment.name;
        }
        if (known)
            continue;
        problems->append(Problem::make(
            Severity::Warning,
            QStringLiteral("TOPO-CAP-002"),
            node.name,
            ProblemMember::capability(assignment.name),
            assignment.location,
            context.isPlainTosca()
                ? QCoreApplication::translate("Validation",
                                              "%1 has no capability '%2', so these values have no "
                                              "effect. Its capabilities are: %3")
                      .arg(node.type, assignment.name, names.join(QStringLiteral(", ")))
                : QCoreApplication::translate(
                      "Validation",
                      "%1 has no capability '%2'; Alien4Cloud ignores these values. Its "
                      "capabilities are: %3")
                      .arg(node.type, assignment.name, names.join(QStringLiteral(", ")))));
    }
}

} // namespace Topologist
