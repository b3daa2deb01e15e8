// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/constraintreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Topologist {

namespace {

// The reader's context: these messages were the reader's and keep their translations.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ToscaReader)
};

const QString &codeShape()
{
    static const QString code = QStringLiteral("TOPO-DEF-003");
    return code;
}

} // namespace

Constraints ConstraintReader::read(const Value &value, Diagnostics *diagnostics)
{
    const auto error
        = [diagnostics](const QString &code, const SourceLocation &where, const QString &message) {
              diagnostics->append(Diagnostic::error(code, where, message));
          };
    const auto warning
        = [diagnostics](const QString &code, const SourceLocation &where, const QString &message) {
              diagnostics->append(Diagnostic::warning(code, where, message));
          };
    Constraints result;
    if (value.isNull())
        return result;
    const auto readOne = [&](const QString &op,
                             const Value &argument,
                             const SourceLocation &where) {
        Constraint constraint;
        if (!Constraint::operatorFromName(op, &constraint.op)) {
            warning(QStringLiteral("TOPO-DEF-004"),
                    where,
                    Tr::tr("unknown constraint operator '%1' is ignored (Alien4Cloud ignores it "
                           "too)")
                        .arg(op));
            return;
        }
        constraint.argument = argument;
        constraint.location = where;
        const bool needsList = constraint.op == Constraint::Operator::InRange
                               || constraint.op == Constraint::Operator::ValidValues;
        if (needsList && !argument.isList()) {
            error(codeShape(), where, Tr::tr("'%1' takes a list").arg(op));
            return;
        }
        if (constraint.op == Constraint::Operator::InRange && argument.items().size() != 2) {
            error(codeShape(), where, Tr::tr("'in_range' takes exactly two bounds"));
            return;
        }
        if (constraint.op == Constraint::Operator::Pattern) {
            const QRegularExpression re(argument.text());
            if (!re.isValid()) {
                error(codeShape(), where, Tr::tr("invalid pattern: %1").arg(re.errorString()));
                return;
            }
        }
        result.append(constraint);
    };
    if (value.isList()) {
        for (const Value &item : value.items()) {
            if (item.isMap()) {
                for (const Value::Entry &entry : item.entries())
                    readOne(entry.key, entry.value, entry.keyLocation);
            } else {
                error(
                    codeShape(), item.location(), Tr::tr("a constraint must be 'operator: value'"));
            }
        }
    } else if (value.isMap()) {
        // node_filter shorthand: `distribution: { valid_values: [...] }`
        for (const Value::Entry &entry : value.entries())
            readOne(entry.key, entry.value, entry.keyLocation);
    } else if (value.isScalar()) {
        // TOSCA allows `property: value` in filters, meaning equal.
        Constraint constraint;
        constraint.op = Constraint::Operator::Equal;
        constraint.argument = value;
        constraint.location = value.location();
        result.append(constraint);
    } else {
        error(codeShape(), value.location(), Tr::tr("constraints must be a list"));
    }
    return result;
}

Value ConstraintReader::toValue(const Constraints &constraints)
{
    if (constraints.isEmpty())
        return Value();
    Value list = Value::list();
    for (const Constraint &constraint : constraints) {
        Value clause = Value::map();
        clause.insert(Constraint::operatorName(constraint.op), constraint.argument);
        list.append(clause);
    }
    return list;
}

} // namespace Topologist
