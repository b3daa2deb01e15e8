// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/quickfixapplier.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Taking a stale name out changes nothing when it is already gone: applying a fix twice is
/// harmless.
void applySectionEdit(TopologyTemplate *topology, const QuickFixEdit &edit)
{
    if (edit.kind == QuickFixEdit::Kind::RemoveGroupMember) {
        for (GroupDefinition &group : topology->groups) {
            if (group.name == edit.owner)
                group.members.removeAll(edit.node);
        }
        return;
    }
    for (PolicyDefinition &policy : topology->policies) {
        if (policy.name == edit.owner)
            policy.targets.removeAll(edit.node);
    }
}

} // namespace

bool QuickFixApplier::renameNode(TopologyTemplate *topology, const QString &from, const QString &to)
{
    const int index = topology->indexOf(from);
    if (index < 0 || (from != to && topology->contains(to)))
        return false;
    NodeTemplate renamed = topology->nodeAt(index);
    renamed.name = to;
    topology->replaceNode(index, renamed);
    for (int i = 0; i < topology->nodeCount(); ++i) {
        NodeTemplate &node = topology->nodeAt(i);
        for (RequirementAssignment &r : node.requirements) {
            if (r.node == from)
                r.node = to;
        }
    }
    return true;
}

bool QuickFixApplier::apply(TopologyTemplate *topology, const QuickFix &fix, QString *error)
{
    for (const QuickFixEdit &edit : fix.edits) {
        if (edit.isSectionEdit()) {
            applySectionEdit(topology, edit);
            continue;
        }
        NodeTemplate *node = topology->node(edit.node);
        if (!node)
            return fail(error,
                        QCoreApplication::translate("QuickFix", "node '%1' no longer exists")
                            .arg(edit.node));
        switch (edit.kind) {
        case QuickFixEdit::Kind::SetProperty:
            node->properties.insert(edit.property, edit.value);
            break;
        case QuickFixEdit::Kind::RemoveProperty:
            node->properties.remove(edit.property);
            break;
        case QuickFixEdit::Kind::SetCapabilityProperty: {
            CapabilityAssignment *capability = node->capability(edit.capability);
            if (!capability) {
                CapabilityAssignment added;
                added.name = edit.capability;
                added.properties = Value::map();
                added.extras = Value::map();
                node->capabilities.append(added);
                capability = &node->capabilities.last();
            }
            capability->properties.insert(edit.property, edit.value);
            break;
        }
        case QuickFixEdit::Kind::RemoveCapabilityProperty:
            if (CapabilityAssignment *capability = node->capability(edit.capability))
                capability->properties.remove(edit.property);
            break;
        case QuickFixEdit::Kind::AddRequirement:
            node->requirements.append(edit.requirement);
            break;
        case QuickFixEdit::Kind::SetRequirement:
            if (edit.requirementIndex < 0 || edit.requirementIndex >= node->requirements.size())
                return fail(error,
                            QCoreApplication::translate("QuickFix", "the requirement changed"));
            node->requirements[edit.requirementIndex] = edit.requirement;
            break;
        case QuickFixEdit::Kind::RemoveRequirement:
            if (edit.requirementIndex < 0 || edit.requirementIndex >= node->requirements.size())
                return fail(error,
                            QCoreApplication::translate("QuickFix", "the requirement changed"));
            node->requirements.removeAt(edit.requirementIndex);
            break;
        case QuickFixEdit::Kind::RenameNode:
            if (!renameNode(topology, edit.node, edit.newName))
                return fail(error,
                            QCoreApplication::translate("QuickFix", "'%1' is already taken")
                                .arg(edit.newName));
            break;
        case QuickFixEdit::Kind::SetNodeType:
            node->type = edit.newName;
            break;
        case QuickFixEdit::Kind::RemoveGroupMember:
        case QuickFixEdit::Kind::RemovePolicyTarget:
            break; // applied above
        }
    }
    return true;
}

QStringList QuickFixApplier::affectedNodes(const QuickFix &fix)
{
    QStringList nodes;
    for (const QuickFixEdit &edit : fix.edits) {
        if (!edit.isSectionEdit() && !nodes.contains(edit.node))
            nodes << edit.node;
    }
    return nodes;
}

} // namespace Topologist
