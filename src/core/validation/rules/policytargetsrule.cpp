// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/policytargetsrule.h"

#include "model/byname.h"
#include "model/policydefinition.h"
#include "model/topologytemplate.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/rules/sectionreferences.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

void PolicyTargetsRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    for (const PolicyDefinition &policy : context.topology().policies) {
        const TypeDefinition *type = context.types().resolved(TypeKind::Policy, policy.type);
        if (!type) {
            problems->append(Problem::make(
                Severity::Error,
                QStringLiteral("TOPO-POLICY-001"),
                QString(),
                ProblemMember::policy(policy.name),
                policy.location,
                policy.type.isEmpty()
                    ? Tr::tr("policy '%1' has no type").arg(policy.name)
                    : Tr::tr("policy '%1' is of type %2, which no imported archive declares")
                          .arg(policy.name, policy.type)));
        }
        const bool restricted
            = type && type->validTargetTypes && !type->validTargetTypes->isEmpty();
        for (const QString &target : policy.targets)
            checkTarget(
                context, policy, restricted ? &*type->validTargetTypes : nullptr, target, problems);
    }
}

void PolicyTargetsRule::checkTarget(const ValidationContext &context,
                                    const PolicyDefinition &policy,
                                    const QStringList *admitted,
                                    const QString &target,
                                    Problems *problems)
{
    const NodeTemplate *node = context.topology().node(target);
    const GroupDefinition *group = node ? nullptr : findByName(context.topology().groups, target);
    if (!node && !group) {
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-POLICY-002"),
            QString(),
            ProblemMember::policy(policy.name),
            policy.location,
            Tr::tr("policy '%1' targets '%2', which is neither a node nor a group of this "
                   "topology")
                .arg(policy.name, target));
        problem.fixes.append(SectionReferences::removeFix(
            QuickFixEdit::Kind::RemovePolicyTarget, policy.name, target));
        problems->append(problem);
        return;
    }
    if (!admitted)
        return;
    // A group without a type is a tosca.groups.Root.
    const QString type
        = node ? node->type
               : (group->type.isEmpty() ? QStringLiteral("tosca.groups.Root") : group->type);
    if (SectionReferences::isOfAny(
            context, node ? TypeKind::Node : TypeKind::Group, type, *admitted))
        return;
    problems->append(
        Problem::make(Severity::Warning,
                      QStringLiteral("TOPO-POLICY-003"),
                      QString(),
                      ProblemMember::policy(policy.name),
                      policy.location,
                      Tr::tr("policy '%1' applies to %2, but its target %3 is a %4")
                          .arg(policy.name, admitted->join(QStringLiteral(", ")), target, type)));
}

} // namespace Topologist
