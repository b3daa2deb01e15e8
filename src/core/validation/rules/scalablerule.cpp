// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/scalablerule.h"

#include "types/typenames.h"
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

QuickFixEdit
setCount(const QString &node, const QString &capability, const QString &property, int value)
{
    QuickFixEdit edit;
    edit.kind = QuickFixEdit::Kind::SetCapabilityProperty;
    edit.node = node;
    edit.capability = capability;
    edit.property = property;
    edit.value = Value::scalar(QString::number(value));
    return edit;
}

} // namespace

void ScalableRule::checkNode(const ValidationContext &context,
                             const NodeTemplate &node,
                             Problems *problems) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return;
    for (const CapabilityDefinition &capability : type->capabilities) {
        if (context.types().derivesFrom(
                TypeKind::Capability, capability.type, TypeNames::scalableCapability))
            checkCapability(context, node, capability, problems);
    }
}

void ScalableRule::checkCapability(const ValidationContext &context,
                                   const NodeTemplate &node,
                                   const CapabilityDefinition &capability,
                                   Problems *problems)
{
    // Alien4Cloud wants all three counts, each at least 1. The TOSCA Simple Profile makes
    // default_instances optional (min and max default to 1) and sets no lower bound but 0.
    const bool plain = context.isPlainTosca();
    const int least = plain ? 0 : 1;
    const CapabilityAssignment *assignment = node.capability(capability.name);
    const QStringList names = {QStringLiteral("min_instances"),
                               QStringLiteral("default_instances"),
                               QStringLiteral("max_instances")};
    Counts counts;
    std::optional<int> *targets[3] = {&counts.min, &counts.defaultCount, &counts.max};
    Value values[3];
    QList<int> bad;
    bool complete = true;
    for (int i = 0; i < 3; ++i) {
        values[i] = context.effectiveCapabilityProperty(node, capability.name, names[i]);
        if (values[i].containsFunction())
            return; // Alien4Cloud skips the whole check when any of them is a function
        bool ok = false;
        const int count = values[i].isScalar() ? values[i].text().trimmed().toInt(&ok) : 0;
        if (ok && count >= least) {
            *targets[i] = count;
            continue;
        }
        complete = false;
        // Plain TOSCA: an unset count is allowed, and a value that is not an integer is the
        // property type error TOPO-PROP-003 already reports.
        if (!plain || (ok && count < 0))
            bad.append(i);
    }
    for (int i : std::as_const(bad)) {
        const Value *set = assignment ? assignment->properties.find(names[i]) : nullptr;
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-SCALE-001"),
            node.name,
            ProblemMember::capabilityProperty(capability.name, names[i]),
            set ? set->location() : (assignment ? assignment->location : node.location),
            plain ? Tr::tr("%1 is %2; an instance count cannot be negative")
                        .arg(names[i], values[i].toDisplayString())
            : values[i].isNull()
                ? Tr::tr("%1 has no value; Alien4Cloud needs min, default and max instances")
                      .arg(names[i])
                : Tr::tr("%1 is %2; instance counts must be whole numbers of at least 1")
                      .arg(names[i], values[i].toDisplayString()));
        // The repaired count respects the valid neighbours, so the fix adds no SCALE-002.
        int repaired = least;
        if (i == 1 && counts.min)
            repaired = *counts.min;
        else if (i == 2)
            repaired = qMax(least,
                            qMax(counts.min.value_or(least), counts.defaultCount.value_or(least)));
        QuickFix fix;
        fix.description = Tr::tr("Set %1 of %2 to %3").arg(names[i], node.name).arg(repaired);
        fix.edits = {setCount(node.name, capability.name, names[i], repaired)};
        problem.fixes.append(fix);
        problems->append(problem);
    }
    if (complete || (plain && bad.isEmpty()))
        checkOrder(node, capability, counts, problems);
}

void ScalableRule::checkOrder(const NodeTemplate &node,
                              const CapabilityDefinition &capability,
                              const Counts &counts,
                              Problems *problems)
{
    if (!counts.min || !counts.max)
        return;
    const int min = *counts.min;
    const int max = *counts.max;
    const bool hasDefault = counts.defaultCount.has_value();
    const int defaultCount = counts.defaultCount.value_or(min);
    if (min <= defaultCount && defaultCount <= max && min <= max)
        return;
    const CapabilityAssignment *assignment = node.capability(capability.name);
    const Value *set
        = assignment ? assignment->properties.find(hasDefault ? QStringLiteral("default_instances")
                                                              : QStringLiteral("max_instances"))
                     : nullptr;
    Problem problem = Problem::make(
        Severity::Error,
        QStringLiteral("TOPO-SCALE-002"),
        node.name,
        ProblemMember::capability(capability.name),
        set ? set->location() : (assignment ? assignment->location : node.location),
        hasDefault
            ? Tr::tr("instance counts must satisfy min ≤ default ≤ max, but they are %1 ≤ %2 ≤ %3")
                  .arg(min)
                  .arg(defaultCount)
                  .arg(max)
            : Tr::tr("instance counts must satisfy min ≤ max, but they are %1 ≤ %2")
                  .arg(min)
                  .arg(max));
    QuickFix fix;
    if (min > max) {
        const int raised = qMax(min, defaultCount);
        fix.description = Tr::tr("Set max_instances of %1 to %2").arg(node.name).arg(raised);
        fix.edits = {setCount(node.name, capability.name, QStringLiteral("max_instances"), raised)};
    } else {
        const int clamped = qBound(min, defaultCount, max);
        fix.description = Tr::tr("Set default_instances of %1 to %2").arg(node.name).arg(clamped);
        fix.edits
            = {setCount(node.name, capability.name, QStringLiteral("default_instances"), clamped)};
    }
    problem.fixes.append(fix);
    problems->append(problem);
}

} // namespace Topologist
