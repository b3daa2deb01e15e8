// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A requirement of a node template, i.e. one relationship in the topology: `- host: Compute`
/// (short form) or `- host: {node, capability, relationship, properties, interfaces}`.
/// `capability` may name a capability of the target or a capability type, as in Alien4Cloud.
struct RequirementAssignment
{
    QString name;
    QString node;
    QString capability;
    QString relationship;
    /// alien_dsl_2_0_0 and later name each relationship (the map key) and give the requirement
    /// separately (`type_requirement`); empty in older dialects.
    QString relationshipName;
    Value properties;
    Value interfaces;
    /// Keys this model does not know, kept so that saving never drops them.
    Value extras;
    bool shortForm = false;
    SourceLocation location;
    SourceLocation nodeLocation;

    friend bool operator==(const RequirementAssignment &a, const RequirementAssignment &b)
    {
        return a.name == b.name && a.node == b.node && a.capability == b.capability
               && a.relationship == b.relationship && a.relationshipName == b.relationshipName
               && a.properties == b.properties && a.interfaces == b.interfaces
               && a.extras == b.extras;
    }
};

using RequirementAssignments = QList<RequirementAssignment>;

} // namespace Topologist
