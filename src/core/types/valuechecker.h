// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"
#include "types/constraint.h"
#include "types/propertydefinition.h"

#include <QList>
#include <QString>

namespace Topologist {

class TypeRegistry;
struct TypeDefinition;

/// Checks values against TOSCA types and constraints, the way Alien4Cloud's property
/// validation does: values are compared with their property's type (numbers as numbers,
/// scalar-units in a common unit, versions segment by segment), and a TOSCA function is never
/// judged because only the orchestrator knows its value.
class ValueChecker
{
public:
    struct Violation
    {
        enum class Kind { Type, Constraint };
        Kind kind = Kind::Type;
        QString message;
        SourceLocation location;
        /// The violated constraint, for Kind::Constraint.
        Constraint constraint;
    };
    using Violations = QList<Violation>;

    explicit ValueChecker(const TypeRegistry &types);

    /// Type and constraints of `value` against `definition` (entry_schema and data types
    /// included). Empty when the value is fine.
    Violations check(const Value &value, const PropertyDefinition &definition) const;
    /// Type only.
    bool conformsToType(const Value &value, const QString &type, QString *why = nullptr) const;
    /// One constraint, comparing as `type`.
    bool satisfies(const Value &value,
                   const Constraint &constraint,
                   const QString &type,
                   QString *why = nullptr) const;
    /// The primitive a type ultimately is (`integer` for a data type derived from integer, the
    /// type itself for primitives, empty for complex data types).
    QString primitiveOf(const QString &type) const;

private:
    void checkValue(const Value &value,
                    const QString &type,
                    const Constraints &constraints,
                    const QString &entryType,
                    const Constraints &entryConstraints,
                    const QString &path,
                    Violations *violations,
                    int depth) const;
    /// The fields of a value of complex data type `type`: unknown, missing and each one's value.
    void checkFields(const Value &value,
                     const QString &type,
                     const TypeDefinition &dataType,
                     const QString &path,
                     Violations *violations,
                     int depth) const;
    /// The property's own constraints plus those of the data type it is declared with.
    void checkConstraints(const Value &value,
                          const QString &type,
                          const QString &primitive,
                          const Constraints &constraints,
                          const QString &path,
                          Violations *violations) const;
    bool
    satisfiesRange(const Value &value, const Value &range, const QString &type, QString *why) const;
    int compareTyped(const Value &a, const Value &b, const QString &type, bool *ok) const;

    const TypeRegistry &m_types;
};

} // namespace Topologist
