// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/unknownnodetyperule.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

void UnknownNodeTypeRule::checkNode(const ValidationContext &context,
                                    const NodeTemplate &node,
                                    Problems *problems) const
{
    if (node.type.isEmpty() || context.types().contains(TypeKind::Node, node.type))
        return;
    Problem problem;
    problem.severity = Severity::Error;
    problem.code = QStringLiteral("TOPO-NODE-001");
    problem.node = node.name;
    problem.member = ProblemMember::nodeType();
    problem.location = node.typeLocation.isValid() ? node.typeLocation : node.location;
    problem.message = QCoreApplication::translate("Validation",
                                                  "unknown node type '%1': it is not declared in "
                                                  "this topology or in its imports (%2)")
                          .arg(
                              node.type,
                              context.archive().imports.isEmpty()
                                  ? QCoreApplication::translate("Validation", "none")
                                  : [&] {
                                        QStringList ids;
                                        for (const ArchiveImport &i : context.archive().imports)
                                            ids << i.id();
                                        return ids.join(QStringLiteral(", "));
                                    }());
    problems->append(problem);
}

} // namespace Topologist
