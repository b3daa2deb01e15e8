// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/propertiesrule.h"

#include "support/closenames.h"
#include "types/valuechecker.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

/// The declared property closest to a misspelt one, if it is close enough to be a typo.
QString closest(const QString &name, const PropertyDefinitions &definitions)
{
    QString best;
    int bestDistance = 3;
    for (const PropertyDefinition &definition : definitions) {
        const int d = CloseNames::distance(name, definition.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = definition.name;
        }
    }
    return best;
}

bool isBlank(const Value &value)
{
    return value.isNull() || (value.isScalar() && value.text().trimmed().isEmpty())
           || (value.isList() && value.items().empty())
           || (value.isMap() && value.entries().empty());
}

/// A value that satisfies the violated constraint, when one follows from it directly.
bool repairValue(const Constraint &constraint,
                 const Value &current,
                 const ValueChecker &checker,
                 const QString &type,
                 Value *repaired)
{
    const Value &argument = constraint.argument;
    switch (constraint.op) {
    case Constraint::Operator::Equal:
    case Constraint::Operator::GreaterOrEqual:
    case Constraint::Operator::LessOrEqual:
        *repaired = argument;
        return argument.isScalar();
    case Constraint::Operator::ValidValues:
        if (argument.items().empty())
            return false;
        *repaired = argument.items().front();
        return true;
    case Constraint::Operator::InRange: {
        if (argument.items().size() != 2)
            return false;
        Constraint low{Constraint::Operator::GreaterOrEqual, argument.items()[0], {}};
        *repaired
            = checker.satisfies(current, low, type) ? argument.items()[1] : argument.items()[0];
        return repaired->isScalar()
               && repaired->text().compare(QLatin1String("UNBOUNDED"), Qt::CaseInsensitive) != 0;
    }
    default:
        return false;
    }
}

struct Scope
{
    const NodeTemplate &node;
    QString capability;        // set for capability properties
    int requirementIndex = -1; // set for relationship properties
};

// Quick fixes edit node and capability values, not relationship ones.
bool isEditable(const Scope &scope)
{
    return scope.requirementIndex < 0;
}

ProblemMember memberOf(const Scope &scope, const QString &property)
{
    if (!scope.capability.isEmpty())
        return ProblemMember::capabilityProperty(scope.capability, property);
    if (scope.requirementIndex >= 0)
        return ProblemMember::requirementProperty(
            scope.node.requirements[scope.requirementIndex].name, property);
    return ProblemMember::property(property);
}

QuickFixEdit setEdit(const Scope &scope, const QString &property, const Value &value)
{
    QuickFixEdit edit;
    edit.node = scope.node.name;
    edit.property = property;
    edit.value = value;
    if (!scope.capability.isEmpty()) {
        edit.kind = QuickFixEdit::Kind::SetCapabilityProperty;
        edit.capability = scope.capability;
    } else {
        edit.kind = QuickFixEdit::Kind::SetProperty;
    }
    return edit;
}

QuickFix setFix(const Scope &scope, const QString &property, const Value &value)
{
    QuickFix fix;
    fix.description
        = Tr::tr("Set '%1' of %2 to %3").arg(property, scope.node.name, value.toDisplayString());
    fix.edits = {setEdit(scope, property, value)};
    return fix;
}

QuickFixEdit removeEdit(const Scope &scope, const QString &property)
{
    QuickFixEdit edit = setEdit(scope, property, Value());
    edit.kind = scope.capability.isEmpty() ? QuickFixEdit::Kind::RemoveProperty
                                           : QuickFixEdit::Kind::RemoveCapabilityProperty;
    return edit;
}

Problem unknownProperty(const ValidationContext &context,
                        const Scope &scope,
                        const Value &values,
                        const Value::Entry &entry,
                        const PropertyDefinitions &definitions)
{
    const bool editable = isEditable(scope);
    const QString suggestion = closest(entry.key, definitions);
    Problem problem = Problem::make(
        Severity::Error,
        QStringLiteral("TOPO-PROP-001"),
        scope.node.name,
        memberOf(scope, entry.key),
        entry.keyLocation,
        suggestion.isEmpty()
            ? (context.isPlainTosca()
                   ? Tr::tr("unknown property '%1'; its type does not declare it").arg(entry.key)
                   : Tr::tr("unknown property '%1'; Alien4Cloud rejects it").arg(entry.key))
            : Tr::tr("unknown property '%1'; did you mean '%2'?").arg(entry.key, suggestion));
    problem.requirementIndex = scope.requirementIndex;
    if (editable && !suggestion.isEmpty() && !values.contains(suggestion)) {
        QuickFix rename;
        rename.description = Tr::tr("Rename property '%1' to '%2'").arg(entry.key, suggestion);
        rename.edits = {removeEdit(scope, entry.key), setEdit(scope, suggestion, entry.value)};
        problem.fixes.append(rename);
    }
    if (editable) {
        QuickFix remove;
        remove.description = Tr::tr("Remove property '%1' from %2").arg(entry.key, scope.node.name);
        remove.edits = {removeEdit(scope, entry.key)};
        problem.fixes.append(remove);
    }
    return problem;
}

void checkValue(const ValueChecker &checker,
                const Scope &scope,
                const Value::Entry &entry,
                const PropertyDefinition &definition,
                Problems *problems)
{
    const bool editable = isEditable(scope);
    for (const ValueChecker::Violation &violation : checker.check(entry.value, definition)) {
        const bool isType = violation.kind == ValueChecker::Violation::Kind::Type;
        Problem problem = Problem::make(
            Severity::Error,
            isType ? QStringLiteral("TOPO-PROP-003") : QStringLiteral("TOPO-PROP-004"),
            scope.node.name,
            memberOf(scope, entry.key),
            violation.location.isValid() ? violation.location : entry.keyLocation,
            Tr::tr("property '%1': %2").arg(entry.key, violation.message));
        problem.requirementIndex = scope.requirementIndex;
        Value repaired;
        if (editable && isType && definition.hasDefault()) {
            QuickFix fix;
            fix.description = Tr::tr("Reset '%1' to its default %2")
                                  .arg(entry.key, definition.defaultValue.toDisplayString());
            fix.edits = {setEdit(scope, entry.key, definition.defaultValue)};
            problem.fixes.append(fix);
        } else if (editable && !isType
                   && repairValue(
                       violation.constraint, entry.value, checker, definition.type, &repaired)) {
            problem.fixes.append(setFix(scope, entry.key, repaired));
        }
        problems->append(problem);
    }
}

void checkMissing(const Scope &scope,
                  const Value &values,
                  const PropertyDefinitions &definitions,
                  const SourceLocation &ownerLocation,
                  Problems *problems)
{
    const bool editable = isEditable(scope);
    for (const PropertyDefinition &definition : definitions) {
        if (!definition.required || definition.hasDefault() || values.contains(definition.name))
            continue;
        Problem problem
            = Problem::make(Severity::Error,
                            QStringLiteral("TOPO-PROP-002"),
                            scope.node.name,
                            memberOf(scope, definition.name),
                            ownerLocation,
                            Tr::tr("required property '%1' is not set").arg(definition.name));
        problem.requirementIndex = scope.requirementIndex;
        if (editable) {
            for (const Constraint &constraint : definition.constraints) {
                if (constraint.op == Constraint::Operator::ValidValues
                    && !constraint.argument.items().empty()) {
                    problem.fixes.append(
                        setFix(scope, definition.name, constraint.argument.items().front()));
                }
            }
        }
        problems->append(problem);
    }
}

void checkValues(const ValidationContext &context,
                 const Scope &scope,
                 const Value &values,
                 const PropertyDefinitions &definitions,
                 bool checkRequired,
                 const SourceLocation &ownerLocation,
                 Problems *problems)
{
    const ValueChecker checker(context.types());
    for (const Value::Entry &entry : values.entries()) {
        const PropertyDefinition *definition = findDefinition(definitions, entry.key);
        if (!definition) {
            problems->append(unknownProperty(context, scope, values, entry, definitions));
            continue;
        }
        if (checkRequired && definition->required && isBlank(entry.value)
            && !definition->hasDefault()) {
            Problem problem
                = Problem::make(Severity::Error,
                                QStringLiteral("TOPO-PROP-002"),
                                scope.node.name,
                                memberOf(scope, entry.key),
                                entry.keyLocation,
                                Tr::tr("required property '%1' has no value").arg(entry.key));
            problem.requirementIndex = scope.requirementIndex;
            problems->append(problem);
            continue;
        }
        checkValue(checker, scope, entry, *definition, problems);
    }
    if (checkRequired)
        checkMissing(scope, values, definitions, ownerLocation, problems);
}

} // namespace

void PropertiesRule::checkNode(const ValidationContext &context,
                               const NodeTemplate &node,
                               Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    // Alien4Cloud does not hold abstract types to required values: they are substituted.
    const bool checkRequired = !type->abstract;
    checkValues(context,
                Scope{node, QString(), -1},
                node.properties,
                type->properties,
                checkRequired,
                node.location,
                problems);

    for (const CapabilityDefinition &capability : type->capabilities) {
        const TypeDefinition *capabilityType
            = context.types().resolved(TypeKind::Capability, capability.type);
        if (!capabilityType)
            continue;
        const CapabilityAssignment *assignment = node.capability(capability.name);
        Value values = assignment ? assignment->properties : Value::map();
        // Values the node type itself sets on the capability count as set.
        for (const Value::Entry &preset : capability.properties.entries()) {
            if (!values.contains(preset.key))
                values.insert(preset.key, preset.value);
        }
        checkValues(context,
                    Scope{node, capability.name, -1},
                    values,
                    capabilityType->properties,
                    checkRequired,
                    assignment ? assignment->location : node.location,
                    problems);
    }

    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        if (!requirement.properties.isMap() || requirement.properties.entries().empty())
            continue;
        const TypeDefinition *relationship = context.types().resolved(
            TypeKind::Relationship, context.relationshipType(node, requirement));
        if (!relationship)
            continue;
        checkValues(context,
                    Scope{node, QString(), i},
                    requirement.properties,
                    relationship->properties,
                    false,
                    requirement.location,
                    problems);
    }
}

} // namespace Topologist
