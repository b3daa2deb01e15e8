// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/propertyconstraints.h"

#include "types/propertydefinition.h"
#include "types/typeregistry.h"
#include "types/valuechecker.h"

#include <limits>

namespace Topologist {

namespace {

bool isUnbounded(const Value &value)
{
    return value.isScalar()
           && value.text().compare(QLatin1String("UNBOUNDED"), Qt::CaseInsensitive) == 0;
}

void narrowToInRange(const Value &argument, PropertyConstraints::Range *range)
{
    if (argument.items().size() != 2)
        return;
    bool okLow = false;
    bool okHigh = false;
    const double low = argument.items()[0].text().toDouble(&okLow);
    const double high = argument.items()[1].text().toDouble(&okHigh);
    if (okLow)
        range->low = qMax(range->low, low);
    if (okHigh && !isUnbounded(argument.items()[1]))
        range->high = qMin(range->high, high);
}

/// Narrows `range` by one comparison constraint; other constraints leave it.
void narrow(const Constraint &c, bool integral, PropertyConstraints::Range *range)
{
    if (c.op == Constraint::Operator::InRange) {
        narrowToInRange(c.argument, range);
        return;
    }
    bool ok = false;
    const double a = c.argument.isScalar() ? c.argument.text().toDouble(&ok) : 0;
    if (!ok)
        return;
    switch (c.op) {
    case Constraint::Operator::GreaterOrEqual:
        range->low = qMax(range->low, a);
        break;
    case Constraint::Operator::GreaterThan:
        range->low = qMax(range->low, integral ? a + 1 : a);
        break;
    case Constraint::Operator::LessOrEqual:
        range->high = qMin(range->high, a);
        break;
    case Constraint::Operator::LessThan:
        range->high = qMin(range->high, integral ? a - 1 : a);
        break;
    case Constraint::Operator::Equal:
        range->low = qMax(range->low, a);
        range->high = qMin(range->high, a);
        break;
    default:
        break;
    }
}

} // namespace

PropertyConstraints::PropertyConstraints(const PropertyDefinition &definition,
                                         const TypeRegistry &types)
    : m_all(definition.constraints)
{
    if (!definition.type.isEmpty()) {
        m_primitive = ValueChecker(types).primitiveOf(definition.type);
        // Constraints of a data type derived from a primitive apply as if written on the
        // property.
        if (!m_primitive.isEmpty() && m_primitive != definition.type) {
            if (const TypeDefinition *dataType = types.resolved(TypeKind::Data, definition.type))
                m_all = dataType->constraints + m_all;
        }
    }
    for (const Constraint &c : std::as_const(m_all)) {
        if (c.op == Constraint::Operator::ValidValues && c.argument.isList())
            m_validValues = QList<Value>(c.argument.items().cbegin(), c.argument.items().cend());
    }
}

PropertyConstraints::Range PropertyConstraints::range(bool integral) const
{
    Range range{-std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (const Constraint &c : m_all)
        narrow(c, integral, &range);
    return range;
}

} // namespace Topologist
