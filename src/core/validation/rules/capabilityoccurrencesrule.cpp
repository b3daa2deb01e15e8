// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/capabilityoccurrencesrule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>
#include <QHash>

namespace Topologist {

void CapabilityOccurrencesRule::checkNode(const ValidationContext &context,
                                          const NodeTemplate &node,
                                          Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    bool anyBounded = false;
    for (const CapabilityDefinition &capability : type->capabilities)
        anyBounded |= !capability.occurrences.isUnbounded();
    if (!anyBounded)
        return;
    QHash<QString, QStringList> users;
    for (const QString &sourceName : context.sourcesOf(node.name)) {
        const NodeTemplate *source = context.topology().node(sourceName);
        if (!source)
            continue;
        for (const RequirementAssignment &r : source->requirements) {
            if (r.node != node.name)
                continue;
            if (const CapabilityDefinition *capability = context.targetCapability(*source, r, node))
                users[capability->name].append(source->name + QLatin1Char('.') + r.name);
        }
    }
    for (const CapabilityDefinition &capability : type->capabilities) {
        const QStringList &used = users[capability.name];
        if (capability.occurrences.isUnbounded() || used.size() <= capability.occurrences.upper)
            continue;
        problems->append(Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-CAP-001"),
            node.name,
            QStringLiteral("capability ") + capability.name,
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
