// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/filterclause.h"

#include "types/propertyfilter.h"
#include "types/valuechecker.h"

#include <QCoreApplication>

#include <utility>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

/// A value that satisfies every constraint of a filter, when the constraints name one.
bool satisfyingValue(const Constraints &constraints, Value *value)
{
    for (const Constraint &constraint : constraints) {
        if (constraint.op == Constraint::Operator::Equal && constraint.argument.isScalar()) {
            *value = constraint.argument;
            return true;
        }
        if (constraint.op == Constraint::Operator::ValidValues
            && !constraint.argument.items().empty()) {
            *value = constraint.argument.items().front();
            return true;
        }
    }
    return false;
}

} // namespace

FilterClause::FilterClause(const ValueChecker &checker,
                           QString nodeName,
                           ProblemMember member,
                           SourceLocation where,
                           int requirementIndex)
    : m_checker(checker)
    , m_nodeName(std::move(nodeName))
    , m_member(std::move(member))
    , m_where(std::move(where))
    , m_requirementIndex(requirementIndex)
{}

void FilterClause::check(const Value &value,
                         const PropertyFilter &filter,
                         const QString &type,
                         const QString &what,
                         QuickFixEdit edit)
{
    if (value.containsFunction())
        return; // get_input: only known at deployment, skipped as Alien4Cloud does
    for (const Constraint &constraint : filter.constraints) {
        QString why;
        if (!value.isNull() && m_checker.satisfies(value, constraint, type, &why))
            continue;
        m_reasons << (value.isNull()
                          ? Tr::tr("%1 %2, but it is not set").arg(what, constraint.toString())
                          : Tr::tr("%1 %2, but %3").arg(what, constraint.toString(), why));
        if (satisfyingValue(filter.constraints, &edit.value)) {
            m_fix.edits.append(edit);
            m_fix.description
                = m_fix.description.isEmpty()
                      ? Tr::tr("Set %1 of %2 to %3")
                            .arg(what, edit.node, edit.value.toDisplayString())
                      : m_fix.description + QStringLiteral(", ")
                            + Tr::tr("%1 to %2").arg(what, edit.value.toDisplayString());
        } else {
            m_fixable = false;
        }
        return;
    }
}

void FilterClause::flush(const QString &code, const QString &owner, Problems *problems)
{
    if (m_reasons.isEmpty())
        return;
    Problem found = problem(
        code,
        Tr::tr("%1 needs %2 with %3").arg(m_nodeName, owner, m_reasons.join(QStringLiteral("; "))));
    if (m_fixable && !m_fix.edits.isEmpty())
        found.fixes.append(m_fix);
    problems->append(found);
    m_reasons.clear();
    m_fix = QuickFix();
    m_fixable = true;
}

Problem FilterClause::problem(const QString &code, const QString &message) const
{
    Problem problem = Problem::make(Severity::Error, code, m_nodeName, m_member, m_where, message);
    problem.requirementIndex = m_requirementIndex;
    return problem;
}

} // namespace Topologist
