// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/capabilityoccurrencesrule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void CapabilityOccurrencesRule::checkNode(const ValidationContext &context,
                                          const NodeTemplate &node,
                                          Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    for (const CapabilityDefinition &capability : type->capabilities) {
        if (capability.occurrences.isUnbounded())
            continue;
        const QList<ValidationContext::CapabilityUser> users
            = context.capabilityUsers(node, capability.name);
        if (!capability.occurrences.isExceededBy(int(users.size())))
            continue;
        QStringList used;
        for (const ValidationContext::CapabilityUser &user : users)
            used << user.source->name + QLatin1Char('.')
                        + user.source->requirements[user.requirement].name;
        problems->append(Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-CAP-001"),
            node.name,
            ProblemMember::capability(capability.name),
            node.location,
            QCoreApplication::translate(
                "Validation",
                "capability '%1' accepts at most %2 relationships, but %3 target it: %4")
                .arg(capability.name)
                .arg(capability.occurrences.upper)
                .arg(used.size())
                .arg(used.join(QStringLiteral(", ")))));
    }
}

} // namespace Topologist
