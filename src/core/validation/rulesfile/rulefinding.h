// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "validation/problemmember.h"

#include <QString>

namespace Topologist {

/// What a rule check found wrong on one node: the pieces a DeclarativeRule turns into a
/// Problem (its message placeholders, member, position and relationship).
struct RuleFinding
{
    /// The offending value as the user wrote it ("4", "debian 8", "unset"): {value}.
    QString value;
    /// What the check accepts ("0.25.0", "ubuntu 14.04 or centos 7"): {expected}.
    QString expected;
    /// The property, capability property or requirement the finding is about.
    ProblemMember member;
    /// Where the offending value is written; invalid when the template does not write it (the
    /// rule then points at the node).
    SourceLocation location;
    /// The requirement assignment concerned, or -1.
    int requirementIndex = -1;
};

} // namespace Topologist
