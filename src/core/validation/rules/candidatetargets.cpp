// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/candidatetargets.h"

#include "types/relationshipmatcher.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

/// The nodes of the types that can satisfy a requirement, in topology order: the nodes of each
/// such type come from the relations' index, so a topology of thousands of nodes of a few
/// types costs a look per type and per candidate taken, not a pass over every node.
class CandidateNodes
{
public:
    CandidateNodes(const ValidationContext &context, const RequirementDefinition &requirement)
        : m_topology(context.topology())
    {
        const RelationshipMatcher matcher(context.types());
        for (const QString &typeName : context.relations().nodeTypes()) {
            const TypeDefinition *type = context.types().resolved(TypeKind::Node, typeName);
            const QString capability
                = type ? matcher.matchingCapability(requirement, QString(), *type) : QString();
            if (!capability.isEmpty())
                m_lists.append({context.relations().nodesOfType(typeName), 0, type, capability});
        }
    }

    struct Candidate
    {
        const NodeTemplate *node = nullptr;
        const TypeDefinition *type = nullptr;
        QString capability;
    };

    /// The next candidate in topology order, or one with no node when there is none left.
    Candidate next()
    {
        List *first = nullptr;
        int firstIndex = 0;
        for (List &list : m_lists) {
            if (list.next >= list.names.size())
                continue;
            const int index = m_topology.indexOf(list.names[list.next]);
            Q_ASSERT(index >= 0); // the relations describe the topology as it is
            if (!first || index < firstIndex) {
                first = &list;
                firstIndex = index;
            }
        }
        if (!first)
            return {};
        ++first->next;
        return {&m_topology.nodeAt(firstIndex), first->type, first->capability};
    }

private:
    struct List
    {
        QStringList names;
        int next = 0;
        const TypeDefinition *type = nullptr;
        QString capability;
    };

    const TopologyTemplate &m_topology;
    QList<List> m_lists;
};

} // namespace

QuickFixes connectFixes(const ValidationContext &context,
                        const NodeTemplate &node,
                        const RequirementDefinition &requirement,
                        int limit)
{
    QuickFixes fixes;
    const bool hosting = context.isHostingRelationship(requirement.relationship);
    CandidateNodes candidates(context, requirement);
    while (fixes.size() < limit) {
        const CandidateNodes::Candidate candidate = candidates.next();
        if (!candidate.node)
            break;
        if (candidate.node->name == node.name)
            continue;
        // Hosting on a node that is (transitively) hosted on this one would make a cycle.
        if (hosting && context.hostingChain(candidate.node->name).contains(node.name))
            continue;
        QuickFix fix;
        fix.description = hosting ? QCoreApplication::translate("Validation", "Host %1 on %2")
                                        .arg(node.name, candidate.node->name)
                                  : QCoreApplication::translate("Validation", "Connect %1.%2 to %3")
                                        .arg(node.name, requirement.name, candidate.node->name);
        QuickFixEdit edit;
        edit.kind = QuickFixEdit::Kind::AddRequirement;
        edit.node = node.name;
        edit.requirement.name = requirement.name;
        edit.requirement.node = candidate.node->name;
        const CapabilityDefinition *definition = nullptr;
        for (const CapabilityDefinition &c : candidate.type->capabilities) {
            if (c.name == candidate.capability)
                definition = &c;
        }
        // Alien4Cloud writes the capability type and the relationship type in full.
        edit.requirement.capability = definition ? definition->type : candidate.capability;
        edit.requirement.relationship = requirement.relationship;
        edit.requirement.properties = Value();
        edit.requirement.extras = Value::map();
        fix.edits.append(edit);
        fixes.append(fix);
    }
    return fixes;
}

QuickFixes retargetFixes(const ValidationContext &context,
                         const NodeTemplate &node,
                         int requirementIndex,
                         const RequirementDefinition &requirement,
                         int limit)
{
    QuickFixes fixes;
    const RequirementAssignment &current = node.requirements[requirementIndex];
    for (QuickFix fix : connectFixes(context, node, requirement, limit + 1)) {
        QuickFixEdit &edit = fix.edits.first();
        if (edit.requirement.node == current.node || fixes.size() >= limit)
            continue;
        const QString target = edit.requirement.node;
        edit.kind = QuickFixEdit::Kind::SetRequirement;
        edit.requirementIndex = requirementIndex;
        RequirementAssignment replaced = current;
        replaced.node = target;
        replaced.capability = edit.requirement.capability;
        replaced.shortForm = false;
        edit.requirement = replaced;
        fix.description
            = context.isHostingRelationship(requirement.relationship)
                  ? QCoreApplication::translate("Validation", "Host %1 on %2 instead")
                        .arg(node.name, target)
                  : QCoreApplication::translate("Validation", "Connect %1.%2 to %3 instead")
                        .arg(node.name, requirement.name, target);
        fixes.append(fix);
    }
    return fixes;
}

} // namespace Topologist
