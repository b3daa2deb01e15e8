// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/scalablerule.h"

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
    static const QString scalableType = QStringLiteral("tosca.capabilities.Scalable");
    for (const CapabilityDefinition &capability : type->capabilities) {
        if (!context.types().derivesFrom(TypeKind::Capability, capability.type, scalableType))
            continue;
        const CapabilityAssignment *assignment = node.capability(capability.name);
        const QStringList names = {QStringLiteral("min_instances"),
                                   QStringLiteral("default_instances"),
                                   QStringLiteral("max_instances")};
        int counts[3] = {0, 0, 0};
        bool valid = true;
        for (int i = 0; i < 3; ++i) {
            const Value value
                = context.effectiveCapabilityProperty(node, capability.name, names[i]);
            if (value.containsFunction())
                return; // Alien4Cloud skips the whole check when any of them is a function
            bool ok = false;
            counts[i] = value.isScalar() ? value.text().trimmed().toInt(&ok) : 0;
            if (ok && counts[i] >= 1)
                continue;
            valid = false;
            const Value *set = assignment ? assignment->properties.find(names[i]) : nullptr;
            Problem problem = Problem::make(
                Severity::Error,
                QStringLiteral("TOPO-SCALE-001"),
                node.name,
                QStringLiteral("capability ") + capability.name + QLatin1Char('.') + names[i],
                set ? set->location() : (assignment ? assignment->location : node.location),
                value.isNull()
                    ? Tr::tr("%1 has no value; Alien4Cloud needs min, default and max instances")
                          .arg(names[i])
                    : Tr::tr("%1 is %2; instance counts must be whole numbers of at least 1")
                          .arg(names[i], value.toDisplayString()));
            QuickFix fix;
            fix.description = Tr::tr("Set %1 of %2 to 1").arg(names[i], node.name);
            fix.edits = {setCount(node.name, capability.name, names[i], 1)};
            problem.fixes.append(fix);
            problems->append(problem);
        }
        if (!valid)
            continue;
        const int min = counts[0];
        const int defaultCount = counts[1];
        const int max = counts[2];
        if (min <= defaultCount && defaultCount <= max)
            continue;
        const Value *set = assignment
                               ? assignment->properties.find(QStringLiteral("default_instances"))
                               : nullptr;
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-SCALE-002"),
            node.name,
            QStringLiteral("capability ") + capability.name,
            set ? set->location() : (assignment ? assignment->location : node.location),
            Tr::tr("instance counts must satisfy min ≤ default ≤ max, but they are %1 ≤ %2 ≤ %3")
                .arg(min)
                .arg(defaultCount)
                .arg(max));
        QuickFix fix;
        if (min > max) {
            fix.description = Tr::tr("Set max_instances of %1 to %2")
                                  .arg(node.name)
                                  .arg(qMax(min, defaultCount));
            fix.edits = {setCount(node.name,
                                  capability.name,
                                  QStringLiteral("max_instances"),
                                  qMax(min, defaultCount))};
        } else {
            const int clamped = qBound(min, defaultCount, max);
            fix.description
                = Tr::tr("Set default_instances of %1 to %2").arg(node.name).arg(clamped);
            fix.edits = {
                setCount(node.name, capability.name, QStringLiteral("default_instances"), clamped)};
        }
        problem.fixes.append(fix);
        problems->append(problem);
    }
}

} // namespace Topologist
