// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/valuechecker.h"

#include "types/scalarunit.h"
#include "types/toscaversion.h"
#include "types/typeregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool parseInteger(const QString &text, qlonglong *value)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d+$"));
    if (!pattern.match(text.trimmed()).hasMatch())
        return false;
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

bool parseFloat(const QString &text, double *value)
{
    bool ok = false;
    *value = text.trimmed().toDouble(&ok);
    return ok;
}

bool parseBoolean(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("false")) {
        *value = false;
        return true;
    }
    return false;
}

int sign(double d)
{
    return d < 0 ? -1 : (d > 0 ? 1 : 0);
}

QString describe(const Value &value)
{
    return value.isScalar() ? QLatin1Char('\'') + value.text() + QLatin1Char('\'')
                            : value.toDisplayString();
}

// Only a failing value pays for its message.
std::optional<QString> scalarProblem(const Value &value, const QString &primitive)
{
    if (primitive == QLatin1String("integer")) {
        qlonglong i = 0;
        if (!parseInteger(value.text(), &i))
            return Tr::tr("%1 is not an integer").arg(describe(value));
    } else if (primitive == QLatin1String("float")) {
        double d = 0;
        if (!parseFloat(value.text(), &d))
            return Tr::tr("%1 is not a number").arg(describe(value));
    } else if (primitive == QLatin1String("boolean")) {
        bool b = false;
        if (!parseBoolean(value.text(), &b))
            return Tr::tr("%1 is not true or false").arg(describe(value));
    } else if (primitive == QLatin1String("version")) {
        if (!ToscaVersion::isValid(value.text()))
            return Tr::tr("%1 is not a version (such as 1.2.0 or 0.25.0-0.2.70)")
                .arg(describe(value));
    } else if (primitive == QLatin1String("timestamp")) {
        static const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}([Tt "
                           "]\\d{1,2}:\\d{2}:\\d{2}(\\.\\d+)?\\s*(Z|[+-]\\d{1,2}(:\\d{2})?)?)?$"));
        if (!pattern.match(value.text().trimmed()).hasMatch())
            return Tr::tr("%1 is not a timestamp (such as 2026-11-25T14:00:00Z)")
                .arg(describe(value));
    } else if (primitive.startsWith(QLatin1String("scalar-unit."))) {
        ScalarUnit::Kind kind;
        ScalarUnit parsed;
        QString why;
        if (!ScalarUnit::kindForType(primitive, &kind)
            || !ScalarUnit::parse(value.text(), kind, &parsed, &why))
            return Tr::tr("%1 is not a %2: %3").arg(describe(value), primitive, why);
    }
    return std::nullopt;
}

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

bool satisfiesLength(const Value &value, const Constraint &constraint, QString *why)
{
    qlonglong limit = 0;
    if (!parseInteger(constraint.argument.text(), &limit))
        return true;
    qlonglong length = 0;
    if (value.isScalar())
        length = value.text().size();
    else if (value.isList())
        length = qlonglong(value.items().size());
    else if (value.isMap())
        length = qlonglong(value.entries().size());
    if (constraint.op == Constraint::Operator::Length && length != limit)
        return fail(why,
                    Tr::tr("%1 must have a length of %2 (it has %3)")
                        .arg(describe(value))
                        .arg(limit)
                        .arg(length));
    if (constraint.op == Constraint::Operator::MinLength && length < limit)
        return fail(why,
                    Tr::tr("%1 must have a length of at least %2").arg(describe(value)).arg(limit));
    if (constraint.op == Constraint::Operator::MaxLength && length > limit)
        return fail(why,
                    Tr::tr("%1 must have a length of at most %2").arg(describe(value)).arg(limit));
    return true;
}

} // namespace

ValueChecker::ValueChecker(const TypeRegistry &types)
    : m_types(types)
{}

QString ValueChecker::primitiveOf(const QString &type) const
{
    if (TypeRegistry::isPrimitiveType(type))
        return type;
    const TypeDefinition *dataType = m_types.declared(TypeKind::Data, type);
    int guard = 0;
    while (dataType && guard++ < 64) {
        if (TypeRegistry::isPrimitiveType(dataType->derivedFrom))
            return dataType->derivedFrom;
        dataType = m_types.declared(TypeKind::Data, dataType->derivedFrom);
    }
    return QString();
}

bool ValueChecker::conformsToType(const Value &value, const QString &type, QString *why) const
{
    Violations violations;
    checkValue(value, type, {}, QString(), {}, QString(), &violations, 0);
    if (!violations.isEmpty() && why)
        *why = violations.first().message;
    return violations.isEmpty();
}

ValueChecker::Violations ValueChecker::check(const Value &value,
                                             const PropertyDefinition &definition) const
{
    Violations violations;
    checkValue(value,
               definition.type,
               definition.constraints,
               definition.entrySchemaType,
               definition.entrySchemaConstraints,
               QString(),
               &violations,
               0);
    return violations;
}

void ValueChecker::checkValue(const Value &value,
                              const QString &type,
                              const Constraints &constraints,
                              const QString &entryType,
                              const Constraints &entryConstraints,
                              const QString &path,
                              Violations *violations,
                              int depth) const
{
    if (value.isNull() || value.containsFunction() || type.isEmpty() || depth > 32)
        return;
    const auto typeError = [&](const QString &message) {
        Violation v;
        v.kind = Violation::Kind::Type;
        v.message = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
        v.location = value.location();
        violations->append(v);
    };

    const QString primitive = primitiveOf(type);
    if (primitive.isEmpty()) {
        // A complex data type: a map of its properties.
        const TypeDefinition *dataType = m_types.resolved(TypeKind::Data, type);
        if (!dataType)
            return; // unknown property types are reported on the type definition, not here
        if (!value.isMap()) {
            typeError(Tr::tr("%1 is not a %2 (expected a mapping of its fields)")
                          .arg(describe(value), type));
            return;
        }
        checkFields(value, type, *dataType, path, violations, depth);
        return;
    }

    if (primitive == QLatin1String("list")) {
        if (!value.isList()) {
            typeError(Tr::tr("%1 is not a list").arg(describe(value)));
            return;
        }
        int index = 0;
        for (const Value &item : value.items()) {
            checkValue(item,
                       entryType.isEmpty() ? QStringLiteral("string") : entryType,
                       entryConstraints,
                       QString(),
                       {},
                       path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'),
                       violations,
                       depth + 1);
        }
    } else if (primitive == QLatin1String("map")) {
        if (!value.isMap()) {
            typeError(Tr::tr("%1 is not a mapping").arg(describe(value)));
            return;
        }
        for (const Value::Entry &entry : value.entries()) {
            checkValue(entry.value,
                       entryType.isEmpty() ? QStringLiteral("string") : entryType,
                       entryConstraints,
                       QString(),
                       {},
                       path.isEmpty() ? entry.key : path + QLatin1Char('.') + entry.key,
                       violations,
                       depth + 1);
        }
    } else if (!value.isScalar()) {
        typeError(Tr::tr("%1 is not a %2").arg(describe(value), primitive));
        return;
    } else if (const std::optional<QString> problem = scalarProblem(value, primitive)) {
        typeError(*problem);
        return;
    }
    checkConstraints(value, type, primitive, constraints, path, violations);
}

void ValueChecker::checkFields(const Value &value,
                               const QString &type,
                               const TypeDefinition &dataType,
                               const QString &path,
                               Violations *violations,
                               int depth) const
{
    for (const Value::Entry &entry : value.entries()) {
        const PropertyDefinition *field = findDefinition(dataType.properties, entry.key);
        const QString fieldPath = path.isEmpty() ? entry.key : path + QLatin1Char('.') + entry.key;
        if (!field) {
            Violation v;
            v.message = Tr::tr("%1 has no field '%2'").arg(type, fieldPath);
            v.location = entry.keyLocation;
            violations->append(v);
            continue;
        }
        checkValue(entry.value,
                   field->type,
                   field->constraints,
                   field->entrySchemaType,
                   field->entrySchemaConstraints,
                   fieldPath,
                   violations,
                   depth + 1);
    }
    for (const PropertyDefinition &field : dataType.properties) {
        if (field.required && !field.hasDefault() && !value.contains(field.name)) {
            Violation v;
            v.message = Tr::tr("required field '%1' of %2 is missing")
                            .arg(path.isEmpty() ? field.name : path + QLatin1Char('.') + field.name,
                                 type);
            v.location = value.location();
            violations->append(v);
        }
    }
}

void ValueChecker::checkConstraints(const Value &value,
                                    const QString &type,
                                    const QString &primitive,
                                    const Constraints &constraints,
                                    const QString &path,
                                    Violations *violations) const
{
    Constraints all = constraints;
    if (primitive != type) {
        // Constraints of a data type derived from a primitive apply to every property of it.
        if (const TypeDefinition *dataType = m_types.resolved(TypeKind::Data, type))
            all = dataType->constraints + all;
    }
    for (const Constraint &constraint : std::as_const(all)) {
        QString why;
        if (!satisfies(value, constraint, primitive, &why)) {
            Violation v;
            v.kind = Violation::Kind::Constraint;
            v.message = path.isEmpty() ? why : path + QStringLiteral(": ") + why;
            v.location = value.location();
            v.constraint = constraint;
            violations->append(v);
        }
    }
}

int ValueChecker::compareTyped(const Value &a, const Value &b, const QString &type, bool *ok) const
{
    *ok = a.isScalar() && b.isScalar();
    if (!*ok)
        return 0;
    const QString primitive = primitiveOf(type);
    if (primitive == QLatin1String("integer") || primitive == QLatin1String("float")) {
        double x = 0;
        double y = 0;
        *ok = parseFloat(a.text(), &x) && parseFloat(b.text(), &y);
        return sign(x - y);
    }
    if (primitive == QLatin1String("version"))
        return ToscaVersion(a.text()).compare(ToscaVersion(b.text()));
    if (primitive == QLatin1String("boolean")) {
        bool x = false;
        bool y = false;
        *ok = parseBoolean(a.text(), &x) && parseBoolean(b.text(), &y);
        return int(x) - int(y);
    }
    ScalarUnit::Kind kind;
    if (ScalarUnit::kindForType(primitive, &kind)) {
        ScalarUnit x;
        ScalarUnit y;
        *ok = ScalarUnit::parse(a.text(), kind, &x) && ScalarUnit::parse(b.text(), kind, &y);
        return sign(x.baseValue() - y.baseValue());
    }
    return QString::compare(a.text(), b.text());
}

bool ValueChecker::satisfies(const Value &value,
                             const Constraint &constraint,
                             const QString &type,
                             QString *why) const
{
    if (value.containsFunction())
        return true;
    const Value &argument = constraint.argument;
    bool ok = true;
    switch (constraint.op) {
    case Constraint::Operator::Equal: {
        const int c = compareTyped(value, argument, type, &ok);
        if (!ok ? value != argument : c != 0)
            return fail(why, Tr::tr("%1 must equal %2").arg(describe(value), describe(argument)));
        return true;
    }
    case Constraint::Operator::GreaterThan:
        if (compareTyped(value, argument, type, &ok) <= 0 || !ok)
            return fail(
                why, Tr::tr("%1 must be greater than %2").arg(describe(value), describe(argument)));
        return true;
    case Constraint::Operator::GreaterOrEqual:
        if (compareTyped(value, argument, type, &ok) < 0 || !ok)
            return fail(why,
                        Tr::tr("%1 must be at least %2").arg(describe(value), describe(argument)));
        return true;
    case Constraint::Operator::LessThan:
        if (compareTyped(value, argument, type, &ok) >= 0 || !ok)
            return fail(why,
                        Tr::tr("%1 must be less than %2").arg(describe(value), describe(argument)));
        return true;
    case Constraint::Operator::LessOrEqual:
        if (compareTyped(value, argument, type, &ok) > 0 || !ok)
            return fail(why,
                        Tr::tr("%1 must be at most %2").arg(describe(value), describe(argument)));
        return true;
    case Constraint::Operator::InRange:
        return satisfiesRange(value, argument, type, why);
    case Constraint::Operator::ValidValues: {
        for (const Value &candidate : argument.items()) {
            const int c = compareTyped(value, candidate, type, &ok);
            if (ok ? c == 0 : value == candidate)
                return true;
        }
        QStringList values;
        for (const Value &candidate : argument.items())
            values << candidate.toDisplayString();
        return fail(why,
                    Tr::tr("%1 is not one of the valid values: %2")
                        .arg(describe(value), values.join(QStringLiteral(", "))));
    }
    case Constraint::Operator::Length:
    case Constraint::Operator::MinLength:
    case Constraint::Operator::MaxLength:
        return satisfiesLength(value, constraint, why);
    case Constraint::Operator::Pattern: {
        // Alien4Cloud uses Java's matches(): the whole value must match.
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(argument.text()));
        if (!pattern.isValid() || !value.isScalar())
            return true;
        if (!pattern.match(value.text()).hasMatch())
            return fail(
                why,
                Tr::tr("%1 does not match the pattern %2").arg(describe(value), argument.text()));
        return true;
    }
    }
    return true;
}

bool ValueChecker::satisfiesRange(const Value &value,
                                  const Value &range,
                                  const QString &type,
                                  QString *why) const
{
    if (range.items().size() != 2)
        return true;
    const Value &low = range.items()[0];
    const Value &high = range.items()[1];
    bool okLow = true;
    bool okHigh = true;
    const bool unboundedHigh
        = high.text().compare(QLatin1String("UNBOUNDED"), Qt::CaseInsensitive) == 0;
    const bool aboveLow = compareTyped(value, low, type, &okLow) >= 0;
    const bool belowHigh = unboundedHigh || compareTyped(value, high, type, &okHigh) <= 0;
    if (!okLow || !okHigh || !aboveLow || !belowHigh)
        return fail(why,
                    Tr::tr("%1 must be in the range [%2, %3]")
                        .arg(describe(value), low.text(), high.text()));
    return true;
}

} // namespace Topologist
