// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/nodefilterrule.h"

#include "types/valuechecker.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

/// A value that satisfies every constraint of a filter, when the constraints name one.
bool satisfyingValue(const Constraints &constraints, Value *value)
{
    for (const Constraint &constraint : constraints) {
        if (constraint.op == Constraint::Operator::Equal && constraint.argument.isScalar()) {
            *value = constraint.argument;
            return true;
        }
        if (constraint.op == Constraint::Operator::ValidValues
            && !constraint.argument.items().empty()) {
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

void NodeFilterRule::checkNode(const ValidationContext &context,
                               const NodeTemplate &node,
                               Problems *problems) const
{
    const TypeDefinition *sourceType = context.nodeType(node);
    if (!sourceType || sourceType->abstract)
        return;
    const ValueChecker checker(context.types());
    for (int i = 0; i < int(node.requirements.size()); ++i) {
        const RequirementAssignment &requirement = node.requirements[i];
        const RequirementDefinition *definition
            = context.requirementDefinition(node, requirement.name);
        const NodeTemplate *target = context.topology().node(requirement.node);
        if (!definition || !definition->nodeFilter || !target)
            continue;
        const TypeDefinition *targetType = context.nodeType(*target);
        if (!targetType)
            continue;
        const ProblemMember member = ProblemMember::requirement(requirement.name);
        const SourceLocation where
            = requirement.nodeLocation.isValid() ? requirement.nodeLocation : requirement.location;

        // All the violations of one filter clause become one problem with one fix that
        // repairs them together; separate fixes would each leave the others in place.
        QStringList reasons;
        QuickFix fix;
        bool fixable = true;
        const auto flush = [&](const QString &code, const QString &owner) {
            if (reasons.isEmpty())
                return;
            Problem problem
                = Problem::make(Severity::Error,
                                code,
                                node.name,
                                member,
                                where,
                                Tr::tr("%1 needs %2 with %3")
                                    .arg(node.name, owner, reasons.join(QStringLiteral("; "))));
            problem.requirementIndex = i;
            if (fixable && !fix.edits.isEmpty())
                problem.fixes.append(fix);
            problems->append(problem);
            reasons.clear();
            fix = QuickFix();
            fixable = true;
        };
        const auto check = [&](const Value &value,
                               const PropertyFilter &filter,
                               const QString &type,
                               const QString &what,
                               QuickFixEdit edit) {
            if (value.containsFunction())
                return; // get_input: only known at deployment, skipped as Alien4Cloud does
            for (const Constraint &constraint : filter.constraints) {
                QString why;
                if (!value.isNull() && checker.satisfies(value, constraint, type, &why))
                    continue;
                reasons
                    << (value.isNull()
                            ? Tr::tr("%1 %2, but it is not set").arg(what, constraint.toString())
                            : Tr::tr("%1 %2, but %3").arg(what, constraint.toString(), why));
                if (satisfyingValue(filter.constraints, &edit.value)) {
                    fix.edits.append(edit);
                    fix.description
                        = fix.description.isEmpty()
                              ? Tr::tr("Set %1 of %2 to %3")
                                    .arg(what, edit.node, edit.value.toDisplayString())
                              : fix.description + QStringLiteral(", ")
                                    + Tr::tr("%1 to %2").arg(what, edit.value.toDisplayString());
                } else {
                    fixable = false;
                }
                return;
            }
        };

        for (const PropertyFilter &filter : definition->nodeFilter->properties) {
            QuickFixEdit edit;
            edit.kind = QuickFixEdit::Kind::SetProperty;
            edit.node = target->name;
            edit.property = filter.property;
            check(context.effectiveProperty(*target, filter.property),
                  filter,
                  definitionType(targetType->properties, filter.property),
                  filter.property,
                  edit);
        }
        flush(QStringLiteral("TOPO-FILTER-001"), target->name);

        for (const CapabilityFilter &filter : definition->nodeFilter->capabilities) {
            // The capability is looked for on the target, then down its hosting chain.
            const NodeTemplate *owner = target;
            QString capabilityName = context.capabilityNamed(*target, filter.capability);
            if (capabilityName.isEmpty()) {
                for (const QString &hostName : context.hostingChain(target->name)) {
                    const NodeTemplate *host = context.topology().node(hostName);
                    capabilityName
                        = host ? context.capabilityNamed(*host, filter.capability) : QString();
                    if (!capabilityName.isEmpty()) {
                        owner = host;
                        break;
                    }
                }
            }
            if (capabilityName.isEmpty()) {
                Problem problem
                    = Problem::make(Severity::Error,
                                    QStringLiteral("TOPO-FILTER-003"),
                                    node.name,
                                    member,
                                    where,
                                    Tr::tr("%1 needs %2 to have a %3 capability, and neither it "
                                           "nor its hosts have one")
                                        .arg(node.name, target->name, filter.capability));
                problem.requirementIndex = i;
                problems->append(problem);
                continue;
            }
            const TypeDefinition *ownerType = context.nodeType(*owner);
            const TypeDefinition *capabilityType = nullptr;
            for (const CapabilityDefinition &c : ownerType->capabilities) {
                if (c.name == capabilityName)
                    capabilityType = context.types().resolved(TypeKind::Capability, c.type);
            }
            for (const PropertyFilter &propertyFilter : filter.properties) {
                QuickFixEdit edit;
                edit.kind = QuickFixEdit::Kind::SetCapabilityProperty;
                edit.node = owner->name;
                edit.capability = capabilityName;
                edit.property = propertyFilter.property;
                check(context.effectiveCapabilityProperty(
                          *owner, capabilityName, propertyFilter.property),
                      propertyFilter,
                      capabilityType
                          ? definitionType(capabilityType->properties, propertyFilter.property)
                          : QStringLiteral("string"),
                      capabilityName + QLatin1Char('.') + propertyFilter.property,
                      edit);
            }
            flush(QStringLiteral("TOPO-FILTER-002"), owner->name);
        }
    }
}

} // namespace Topologist
