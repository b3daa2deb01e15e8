// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/requirementassignment.h"
#include "model/value.h"

#include <QString>

namespace Topologist {

/// One change a quick fix makes to the topology, described as data so that the designer can
/// apply it as an undoable edit, the CLI can print it and tests can check it.
struct QuickFixEdit
{
    enum class Kind {
        SetProperty,           ///< node.properties[property] = value
        SetCapabilityProperty, ///< node.capabilities[capability].properties[property] = value
        RemoveProperty,        ///< node.properties[property] removed
        RemoveCapabilityProperty,
        AddRequirement,     ///< append `requirement` to node.requirements
        SetRequirement,     ///< node.requirements[requirementIndex] = requirement
        RemoveRequirement,  ///< node.requirements[requirementIndex] removed
        RenameNode,         ///< node renamed to newName (references follow)
        SetNodeType,        ///< node.type = newName
        RemoveGroupMember,  ///< `node` (no node of the topology) leaves group `owner`
        RemovePolicyTarget, ///< `node` (neither node nor group) leaves policy `owner`'s targets
    };

    /// Whether the edit changes a group or policy rather than the node it names.
    bool isSectionEdit() const
    {
        return kind == Kind::RemoveGroupMember || kind == Kind::RemovePolicyTarget;
    }

    Kind kind = Kind::SetProperty;
    QString node;
    QString capability;
    QString property;
    Value value;
    int requirementIndex = -1;
    RequirementAssignment requirement;
    QString newName;
    /// The group or policy a section edit changes.
    QString owner;
};

} // namespace Topologist
