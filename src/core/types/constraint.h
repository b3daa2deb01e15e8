// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// One TOSCA constraint clause (`- in_range: [1, 65535]`). The operator set is exactly the one
/// TOSCA Simple Profile 1.0 and Alien4Cloud's ConstraintParser accept.
struct Constraint
{
    enum class Operator {
        Equal,
        GreaterThan,
        GreaterOrEqual,
        LessThan,
        LessOrEqual,
        InRange,
        ValidValues,
        Length,
        MinLength,
        MaxLength,
        Pattern,
    };

    Operator op = Operator::Equal;
    /// The clause's argument as written: a scalar, or a list for in_range and valid_values.
    Value argument;
    SourceLocation location;

    /// The YAML key of an operator (`greater_or_equal`).
    static QString operatorName(Operator op);
    /// Parses a YAML key; false when it is not a TOSCA operator.
    static bool operatorFromName(const QString &name, Operator *op);

    /// `greater_or_equal: 1`, as users read it in messages.
    QString toString() const;

    friend bool operator==(const Constraint &a, const Constraint &b)
    {
        return a.op == b.op && a.argument == b.argument;
    }
};

using Constraints = QList<Constraint>;

} // namespace Topologist
