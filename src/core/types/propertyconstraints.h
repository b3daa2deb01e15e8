// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "types/constraint.h"

#include <QList>
#include <QString>

namespace Topologist {

class TypeRegistry;
struct PropertyDefinition;

/// What a property's constraints allow, for editors that offer only what is valid: the
/// constraints that apply (its own and those of a data type derived from a primitive), the
/// values of valid_values and the interval of the comparison constraints.
class PropertyConstraints
{
public:
    /// The numbers the comparison constraints allow; unbounded ends are ±max double.
    struct Range
    {
        double low;
        double high;
    };

    PropertyConstraints(const PropertyDefinition &definition, const TypeRegistry &types);

    /// The primitive the property's type is (`integer`, `scalar-unit.size`), empty for complex
    /// data types and undeclared properties.
    const QString &primitive() const { return m_primitive; }
    /// The constraints that apply, the data type's first.
    const Constraints &all() const { return m_all; }
    /// The values of the (last) valid_values clause; empty when there is none.
    const QList<Value> &validValues() const { return m_validValues; }
    /// The interval the comparison constraints allow. For integers, strict bounds become the
    /// next integer inside (greater_than: 0 → 1).
    Range range(bool integral) const;

private:
    QString m_primitive;
    Constraints m_all;
    QList<Value> m_validValues;
};

} // namespace Topologist
