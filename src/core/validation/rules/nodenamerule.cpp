// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/nodenamerule.h"

#include "support/asciiwordname.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Topologist {

QString NodeNameRule::normalizedName(const QString &name)
{
    const QString result = asciiWordName(name, QString::NormalizationForm_D);
    return result.isEmpty() ? QStringLiteral("Node") : result;
}

void NodeNameRule::checkNode(const ValidationContext &context,
                             const NodeTemplate &node,
                             Problems *problems) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (valid.match(node.name).hasMatch())
        return;
    // TOSCA takes any string as a template name; only Alien4Cloud refuses these, so a plain
    // TOSCA file is warned, and told whose restriction it is.
    const bool plain = context.isPlainTosca();
    Problem problem = Problem::make(
        plain ? Severity::Warning : Severity::Error,
        QStringLiteral("TOPO-NAME-001"),
        node.name,
        ProblemMember::nodeName(),
        node.location,
        plain ? QCoreApplication::translate("Validation",
                                            "'%1' is a valid TOSCA name, but Alien4Cloud refuses "
                                            "node names other than letters, digits and "
                                            "underscores; rename it before pushing to "
                                            "Alien4Cloud")
                    .arg(node.name)
              : QCoreApplication::translate("Validation",
                                            "'%1' is not a name Alien4Cloud accepts: use only "
                                            "letters, digits and underscores")
                    .arg(node.name));
    QString candidate = normalizedName(node.name);
    const QString base = candidate;
    for (int i = 2; context.topology().contains(candidate); ++i)
        candidate = base + QLatin1Char('_') + QString::number(i);
    QuickFix fix;
    fix.description
        = QCoreApplication::translate("Validation", "Rename %1 to %2").arg(node.name, candidate);
    QuickFixEdit edit;
    edit.kind = QuickFixEdit::Kind::RenameNode;
    edit.node = node.name;
    edit.newName = candidate;
    fix.edits.append(edit);
    problem.fixes.append(fix);
    problems->append(problem);
}

} // namespace Topologist
