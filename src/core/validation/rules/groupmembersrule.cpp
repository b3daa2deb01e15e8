// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/groupmembersrule.h"

#include "model/groupdefinition.h"
#include "model/topologytemplate.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"
#include "validation/rules/sectionreferences.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

void GroupMembersRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    for (const GroupDefinition &group : context.topology().groups) {
        const QStringList *admitted = nullptr;
        if (!group.type.isEmpty()) {
            const TypeDefinition *type = context.types().resolved(TypeKind::Group, group.type);
            if (!type) {
                problems->append(Problem::make(
                    Severity::Error,
                    QStringLiteral("TOPO-GROUP-002"),
                    QString(),
                    ProblemMember::group(group.name),
                    group.location,
                    Tr::tr("group '%1' is of type %2, which no imported archive declares")
                        .arg(group.name, group.type)));
            } else if (type->validTargetTypes && !type->validTargetTypes->isEmpty()) {
                admitted = &*type->validTargetTypes;
            }
        }
        for (const QString &member : group.members)
            checkMember(context, group, admitted, member, problems);
    }
}

void GroupMembersRule::checkMember(const ValidationContext &context,
                                   const GroupDefinition &group,
                                   const QStringList *admitted,
                                   const QString &member,
                                   Problems *problems)
{
    const NodeTemplate *node = context.topology().node(member);
    if (!node) {
        Problem problem = Problem::make(
            Severity::Error,
            QStringLiteral("TOPO-GROUP-001"),
            QString(),
            ProblemMember::group(group.name),
            group.location,
            Tr::tr("group '%1' lists '%2' as a member, which is not a node of this topology")
                .arg(group.name, member));
        problem.fixes.append(SectionReferences::removeFix(
            QuickFixEdit::Kind::RemoveGroupMember, group.name, member));
        problems->append(problem);
        return;
    }
    if (!admitted || SectionReferences::isOfAny(context, TypeKind::Node, node->type, *admitted))
        return;
    problems->append(Problem::make(
        Severity::Warning,
        QStringLiteral("TOPO-GROUP-003"),
        QString(),
        ProblemMember::group(group.name),
        group.location,
        Tr::tr("group '%1' admits members of type %2, but its member %3 is a %4")
            .arg(group.name, admitted->join(QStringLiteral(", ")), member, node->type)));
}

} // namespace Topologist
