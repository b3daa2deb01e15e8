// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"
#include "support/severity.h"
#include "support/sourcelocation.h"
#include "validation/problemmember.h"
#include "validation/quickfix.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A mistake in a topology, found by a validation rule: what is wrong, where, how bad, under a
/// stable code, and how to fix it when the validator knows.
struct Problem
{
    Severity severity = Severity::Error;
    /// Stable code, e.g. TOPO-REQ-001. Documented in the README; never reused.
    QString code;
    /// The node template concerned; empty for problems of the topology as a whole.
    QString node;
    /// What inside the node: a requirement, a property, a capability's property, ...
    /// Empty when the node itself is at fault.
    ProblemMember member;
    /// Index of the requirement assignment concerned (the relationship), or -1.
    int requirementIndex = -1;
    SourceLocation location;
    QString message;
    QuickFixes fixes;

    static Problem make(Severity severity,
                        const QString &code,
                        const QString &node,
                        const ProblemMember &member,
                        const SourceLocation &location,
                        const QString &message)
    {
        Problem problem;
        problem.severity = severity;
        problem.code = code;
        problem.node = node;
        problem.member = member;
        problem.location = location;
        problem.message = message;
        return problem;
    }

    static Problem fromDiagnostic(const Diagnostic &diagnostic)
    {
        Problem problem;
        problem.severity = diagnostic.severity;
        problem.code = diagnostic.code;
        problem.location = diagnostic.location;
        problem.message = diagnostic.message;
        return problem;
    }

    /// `file:line:col: severity: [CODE] node: message`
    QString toString() const;
    /// Order used for display and output: by file, line, column, then code.
    friend bool operator<(const Problem &a, const Problem &b);
};

using Problems = QList<Problem>;

} // namespace Topologist

// Qt implicitly shared types and plain data only: the sorted list of every problem (thousands
// in a large topology) moves them as bytes when one goes in or out in the middle.
Q_DECLARE_TYPEINFO(Topologist::Problem, Q_RELOCATABLE_TYPE);
