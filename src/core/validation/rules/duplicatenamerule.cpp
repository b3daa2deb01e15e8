// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/duplicatenamerule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>
#include <QHash>

namespace Topologist {

void DuplicateNameRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    // Runs after every edit: the name index answers the common case without hashing every name.
    if (!context.topology().hasDuplicateNames())
        return;
    QHash<QString, int> firstIndex;
    const NodeList &nodes = context.topology().nodes();
    for (int i = 0; i < int(nodes.size()); ++i) {
        const NodeTemplate &node = nodes[i];
        const auto first = firstIndex.constFind(node.name);
        if (first == firstIndex.constEnd()) {
            firstIndex.insert(node.name, i);
            continue;
        }
        problems->append(
            Problem::make(Severity::Error,
                          QStringLiteral("TOPO-NAME-002"),
                          node.name,
                          ProblemMember::nodeName(),
                          node.location,
                          QCoreApplication::translate(
                              "Validation", "another node template is already called '%1' (%2)")
                              .arg(node.name, nodes[*first].location.toString())));
    }
}

} // namespace Topologist
