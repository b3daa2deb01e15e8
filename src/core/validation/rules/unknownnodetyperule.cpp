// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/unknownnodetyperule.h"

#include "model/noderetyping.h"
#include "support/closenames.h"
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
    // Abstract types included: Alien4Cloud topologies use them (a location substitutes them).
    QStringList known;
    for (const TypeDefinition *type : context.types().types(TypeKind::Node))
        known << type->name;
    const QStringList close = CloseNames::typesLike(node.type, known);
    if (!close.isEmpty()) {
        problem.message
            += QCoreApplication::translate("Validation", "; did you mean '%1'?").arg(close.first());
    }
    for (const QString &name : close) {
        // A type that fits adds no problem of its own.
        if (!NodeRetyping(node, context.types(), name).fits())
            continue;
        QuickFix fix;
        fix.description
            = QCoreApplication::translate("Validation", "Change the type to '%1'").arg(name);
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::SetNodeType;
        edit.node = node.name;
        edit.newName = name;
        fix.edits = {edit};
        problem.fixes.append(fix);
    }
    problems->append(problem);
}

} // namespace Topologist
