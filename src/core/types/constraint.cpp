// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/constraint.h"

#include <array>
#include <utility>

namespace Topologist {

namespace {
const std::array<std::pair<Constraint::Operator, const char *>, 11> operatorNames = {{
    {Constraint::Operator::Equal, "equal"},
    {Constraint::Operator::GreaterThan, "greater_than"},
    {Constraint::Operator::GreaterOrEqual, "greater_or_equal"},
    {Constraint::Operator::LessThan, "less_than"},
    {Constraint::Operator::LessOrEqual, "less_or_equal"},
    {Constraint::Operator::InRange, "in_range"},
    {Constraint::Operator::ValidValues, "valid_values"},
    {Constraint::Operator::Length, "length"},
    {Constraint::Operator::MinLength, "min_length"},
    {Constraint::Operator::MaxLength, "max_length"},
    {Constraint::Operator::Pattern, "pattern"},
}};
} // namespace

QString Constraint::operatorName(Operator op)
{
    for (const auto &[candidate, name] : operatorNames) {
        if (candidate == op)
            return QLatin1String(name);
    }
    return QString();
}

bool Constraint::operatorFromName(const QString &name, Operator *op)
{
    for (const auto &[candidate, candidateName] : operatorNames) {
        if (name == QLatin1String(candidateName)) {
            *op = candidate;
            return true;
        }
    }
    return false;
}

QString Constraint::toString() const
{
    return operatorName(op) + QStringLiteral(": ") + argument.toDisplayString();
}

} // namespace Topologist
