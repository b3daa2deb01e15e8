// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"
#include "validation/problem.h"

#include <QString>
#include <QStringList>

namespace Topologist {

class ValueChecker;
struct PropertyFilter;

/// The violations of one node_filter clause of one requirement. They become one problem with
/// one fix that repairs them together: separate fixes would each leave the others in place.
class FilterClause
{
public:
    FilterClause(const ValueChecker &checker,
                 QString nodeName,
                 ProblemMember member,
                 SourceLocation where,
                 int requirementIndex);

    /// Checks `value` (named `what` in messages) against the filter; `edit` says where a fix
    /// would write a satisfying value.
    void check(const Value &value,
               const PropertyFilter &filter,
               const QString &type,
               const QString &what,
               QuickFixEdit edit);
    /// Reports what check() found since the last flush as one problem, if anything.
    void flush(const QString &code, const QString &owner, Problems *problems);
    /// An error on the requirement, with no fix.
    Problem problem(const QString &code, const QString &message) const;

private:
    const ValueChecker &m_checker;
    QString m_nodeName;
    ProblemMember m_member;
    SourceLocation m_where;
    int m_requirementIndex;
    QStringList m_reasons;
    QuickFix m_fix;
    bool m_fixable = true;
};

} // namespace Topologist
