// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/requirescheck.h"

#include "validation/rulesfile/rulesubject.h"
#include "validation/rulesfile/rulesyntax.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace Topologist {

namespace {

/// The machine a node runs on; a node without a host is its own machine.
QString machineOf(const ValidationContext &context, const QString &node)
{
    const QString compute = RuleSubject::computeOf(context, node);
    return compute.isEmpty() ? node : compute;
}

} // namespace

std::unique_ptr<RuleCheck> RequiresCheck::parse(const Value &argument, RuleSyntax &syntax)
{
    if (!argument.isMap() || !argument.contains(QStringLiteral("requirement"))) {
        syntax.error(RuleSyntax::badCheckCode(),
                     argument.location(),
                     QCoreApplication::translate("Validation",
                                                 "requires needs {requirement: <name>, "
                                                 "target_type: <node type>}"));
        return nullptr;
    }
    const int errorsBefore = syntax.errorCount();
    syntax.rejectUnknownKeys(argument,
                             {QStringLiteral("requirement"), QStringLiteral("target_type")},
                             QStringLiteral("requires"));
    const std::optional<QString> requirement
        = syntax.text(argument.value(QStringLiteral("requirement")),
                      QStringLiteral("requirement"),
                      RuleSyntax::badCheckCode());
    QString targetType;
    if (argument.contains(QStringLiteral("target_type"))) {
        const std::optional<QString> type
            = syntax.text(argument.value(QStringLiteral("target_type")),
                          QStringLiteral("target_type"),
                          RuleSyntax::badCheckCode());
        targetType = type.value_or(QString());
    }
    if (!requirement || syntax.errorCount() != errorsBefore)
        return nullptr;
    return std::make_unique<RequiresCheck>(*requirement, targetType);
}

RequiresCheck::RequiresCheck(QString requirement, QString targetType)
    : m_requirement(std::move(requirement))
    , m_targetTypes(targetType.isEmpty() ? QStringList() : QStringList{targetType})
{}

bool RequiresCheck::isTarget(const ValidationContext &context, const NodeTemplate &node) const
{
    return m_targetTypes.isEmpty() || RuleSubject::isOfType(context, node, m_targetTypes);
}

std::optional<RuleFinding> RequiresCheck::evaluate(const ValidationContext &context,
                                                   const NodeTemplate &subject) const
{
    RuleFinding finding;
    QString wrongTarget;
    for (int i = 0; i < int(subject.requirements.size()); ++i) {
        const RequirementAssignment &r = subject.requirements[i];
        if (r.name != m_requirement)
            continue;
        if (finding.requirementIndex < 0) {
            finding.requirementIndex = i;
            finding.location = r.nodeLocation.isValid() ? r.nodeLocation : r.location;
        }
        if (r.node.isEmpty())
            continue;
        const NodeTemplate *target = context.topology().node(r.node);
        if (!target)
            return std::nullopt;
        if (isTarget(context, *target))
            return std::nullopt;
        if (wrongTarget.isEmpty())
            wrongTarget = QStringLiteral("%1 (%2)").arg(target->name, target->type);
    }
    finding.value
        = wrongTarget.isEmpty() ? QCoreApplication::translate("Validation", "none") : wrongTarget;
    finding.expected = m_targetTypes.isEmpty() ? m_requirement : m_targetTypes.first();
    finding.member = ProblemMember::requirement(m_requirement);
    return finding;
}

QList<QList<QuickFixEdit>> RequiresCheck::computeFix(const RuleFix &fix,
                                                     const ValidationContext &context,
                                                     const NodeTemplate &subject) const
{
    const RequirementDefinition *definition = context.requirementDefinition(subject, m_requirement);
    if (!definition)
        return {};
    int existing = -1;
    for (int i = 0; i < int(subject.requirements.size()); ++i) {
        if (subject.requirements[i].name == m_requirement) {
            existing = i;
            break;
        }
    }
    // Candidates: what runs on the subject's machine, found by walking down from it so that the
    // cost is that of the machine rather than of the topology; or every node.
    QList<const NodeTemplate *> candidates;
    if (fix.scope() == RuleFix::Scope::SameCompute) {
        QStringList pending{machineOf(context, subject.name)};
        QSet<QString> seen; // hosting cycles are reported elsewhere, never walked forever
        while (!pending.isEmpty()) {
            const QString name = pending.takeLast();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            if (const NodeTemplate *node = context.topology().node(name))
                candidates.append(node);
            pending += context.hostedOn(name);
        }
    } else {
        for (const NodeTemplate &node : context.topology().nodes())
            candidates.append(&node);
    }
    QList<QList<QuickFixEdit>> fixes;
    for (const NodeTemplate *candidate : std::as_const(candidates)) {
        if (candidate->name == subject.name || !isTarget(context, *candidate))
            continue;
        if (!definition->capability.isEmpty()
            && context.capabilityNamed(*candidate, definition->capability).isEmpty())
            continue;
        // Written the long way, with the capability type and relationship the type declares,
        // as the published topologies write their requirements.
        RequirementAssignment assignment;
        assignment.name = m_requirement;
        assignment.node = candidate->name;
        assignment.capability = definition->capability;
        assignment.relationship = definition->relationship;
        QuickFixEdit edit;
        edit.node = subject.name;
        edit.requirement = assignment;
        if (existing >= 0) {
            edit.kind = QuickFixEdit::Kind::SetRequirement;
            edit.requirementIndex = existing;
        } else {
            edit.kind = QuickFixEdit::Kind::AddRequirement;
        }
        fixes.append({edit});
    }
    return fixes;
}

} // namespace Topologist
