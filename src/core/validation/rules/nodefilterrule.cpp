// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/nodefilterrule.h"

#include "types/valuechecker.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

/// A value that satisfies every constraint of a filter, when the constraints name one.
bool satisfyingValue(const Constraints &constraints, Value *value)
{
    for (const Constraint &constraint : constraints) {
        if (constraint.op == Constraint::Operator::Equal && constraint.argument.isScalar()) {
            *value = constraint.argument;
            return true;
        }
        if (constraint.op == Constraint::Operator::ValidValues && !constraint.argument.items().empty()) {
            *value = constraint.argument.items().front();
            return true;
        }
    }
    return false;
}

QString definitionType(const PropertyDefinitions &definitions, const QString &name)
{
    const PropertyDefinition *definition = findDefinition(definitions, name);
    return definition ? definition->type : QStringLiteral("string");
}

} // namespace

void NodeFilterRule::checkNode(const ValidationContext &context, const NodeTemplate &node, Problems *problems) const
{
    const TypeDefinition *sourceType = context.nodeType(node);
    if (!sourceType || sourceType->abstract)
        return;
    const ValueChecker checker(context.types());
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        const RequirementDefinition *definition = context.requirementDefinition(node, requirement.name);
        const NodeTemplate *target = context.topology().node(requirement.node);
        if (!definition || !definition->nodeFilter || !target)
            continue;
        const TypeDefinition *targetType = context.nodeType(*target);
        if (!targetType)
            continue;
        const QString member = QStringLiteral("requirement ") + requirement.name;
        const SourceLocation where = requirement.nodeLocation.isValid() ? requirement.nodeLocation : requirement.location;

        const auto violation = [&](const QString &code, const QString &message, const QuickFixEdit *fix,
                                   const QString &fixText) {
            Problem problem = Problem::make(Severity::Error, code, node.name, member, where, message);
            problem.requirementIndex = i;
            if (fix) {
                QuickFix quickFix;
                quickFix.description = fixText;
                quickFix.edits.append(*fix);
                problem.fixes.append(quickFix);
            }
            problems->append(problem);
        };

        for (const PropertyFilter &filter : definition->nodeFilter->properties) {
            const Value value = context.effectiveProperty(*target, filter.property);
            if (value.containsFunction())
                continue; // get_input: only known at deployment, skipped as Alien4Cloud does
            const QString type = definitionType(targetType->properties, filter.property);
            for (const Constraint &constraint : filter.constraints) {
                QString why;
                if (!value.isNull() && checker.satisfies(value, constraint, type, &why))
                    continue;
                QuickFixEdit edit;
                edit.kind = QuickFixEdit::Kind::SetProperty;
                edit.node = target->name;
                edit.property = filter.property;
                const bool canFix = satisfyingValue(filter.constraints, &edit.value);
                violation(QStringLiteral("TOPO-FILTER-001"),
                          value.isNull()
                              ? tr("%1 needs %2 with %3 %4, but %3 is not set")
                                    .arg(node.name, target->name, filter.property, constraint.toString())
                              : tr("%1 needs %2 with %3 %4: %5")
                                    .arg(node.name, target->name, filter.property, constraint.toString(), why),
                          canFix ? &edit : nullptr,
                          tr("Set %1 of %2 to %3").arg(filter.property, target->name, edit.value.toDisplayString()));
                break;
            }
        }

        for (const CapabilityFilter &filter : definition->nodeFilter->capabilities) {
            // The capability is looked for on the target, then down its hosting chain.
            const NodeTemplate *owner = target;
            QString capabilityName = context.capabilityNamed(*target, filter.capability);
            if (capabilityName.isEmpty()) {
                for (const QString &hostName : context.hostingChain(target->name)) {
                    const NodeTemplate *host = context.topology().node(hostName);
                    capabilityName = host ? context.capabilityNamed(*host, filter.capability) : QString();
                    if (!capabilityName.isEmpty()) {
                        owner = host;
                        break;
                    }
                }
            }
            if (capabilityName.isEmpty()) {
                violation(QStringLiteral("TOPO-FILTER-003"),
                          tr("%1 needs %2 to have a %3 capability, and neither it nor its hosts have one")
                              .arg(node.name, target->name, filter.capability),
                          nullptr, QString());
                continue;
            }
            const TypeDefinition *ownerType = context.nodeType(*owner);
            const TypeDefinition *capabilityType = nullptr;
            for (const CapabilityDefinition &c : ownerType->capabilities) {
                if (c.name == capabilityName)
                    capabilityType = context.types().resolved(TypeKind::Capability, c.type);
            }
            for (const PropertyFilter &propertyFilter : filter.properties) {
                const Value value = context.effectiveCapabilityProperty(*owner, capabilityName, propertyFilter.property);
                if (value.containsFunction())
                    continue;
                const QString type = capabilityType ? definitionType(capabilityType->properties, propertyFilter.property)
                                                    : QStringLiteral("string");
                for (const Constraint &constraint : propertyFilter.constraints) {
                    QString why;
                    if (!value.isNull() && checker.satisfies(value, constraint, type, &why))
                        continue;
                    QuickFixEdit edit;
                    edit.kind = QuickFixEdit::Kind::SetCapabilityProperty;
                    edit.node = owner->name;
                    edit.capability = capabilityName;
                    edit.property = propertyFilter.property;
                    const bool canFix = satisfyingValue(propertyFilter.constraints, &edit.value);
                    const QString what = capabilityName + QLatin1Char('.') + propertyFilter.property;
                    violation(QStringLiteral("TOPO-FILTER-002"),
                              value.isNull() ? tr("%1 needs %2 with %3 %4, but %3 is not set")
                                                   .arg(node.name, owner->name, what, constraint.toString())
                                             : tr("%1 needs %2 with %3 %4: %5")
                                                   .arg(node.name, owner->name, what, constraint.toString(), why),
                              canFix ? &edit : nullptr,
                              tr("Set %1 of %2 to %3").arg(what, owner->name, edit.value.toDisplayString()));
                    break;
                }
            }
        }
    }
}

} // namespace Topologist
