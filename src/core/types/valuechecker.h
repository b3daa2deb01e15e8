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
    int compareTyped(const Value &a, const Value &b, const QString &type, bool *ok) const;

    const TypeRegistry &m_types;
};

} // namespace Topologist
