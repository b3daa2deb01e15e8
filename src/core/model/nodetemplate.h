// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/capabilityassignment.h"
#include "model/commentmap.h"
#include "model/requirementassignment.h"
#include "model/value.h"
#include "support/sourcelocation.h"
#include "types/artifactdefinition.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace Topologist {

/// A node template of a topology: its name (the identity the rest of the model refers to), its
/// type, the values it assigns, and its requirements, which are the topology's relationships.
struct NodeTemplate
{
    QString name;
    QString type;
    QString description;
    Value properties; // map
    CapabilityAssignments capabilities;
    RequirementAssignments requirements;
    Value interfaces; // as written; overrides of the type's operations
    ArtifactDefinitions artifacts;
    Value extras;
    /// Canvas position saved with the topology; absent until laid out.
    std::optional<QPointF> position;
    /// The file's comments inside this template, by path from its name (the empty path is the
    /// comment above the name), so that renaming, duplicating and pasting keep them.
    CommentMap comments;
    SourceLocation location;
    SourceLocation typeLocation;

    const CapabilityAssignment *capability(const QString &capabilityName) const;
    CapabilityAssignment *capability(const QString &capabilityName);
    /// The value of a property the template sets, or null.
    Value property(const QString &propertyName) const { return properties.value(propertyName); }
    /// Forgets every source position inside the node (see Value::clearLocations).
    void clearLocations();
    /// The value of `capabilityName`'s `propertyName` as set on this template, or null.
    Value capabilityProperty(const QString &capabilityName, const QString &propertyName) const;

    friend bool operator==(const NodeTemplate &a, const NodeTemplate &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
               && a.properties == b.properties && a.capabilities == b.capabilities
               && a.requirements == b.requirements && a.interfaces == b.interfaces
               && a.artifacts == b.artifacts && a.extras == b.extras && a.position == b.position
               && a.comments == b.comments;
    }
    friend bool operator!=(const NodeTemplate &a, const NodeTemplate &b) { return !(a == b); }
};

} // namespace Topologist

// Every member is a Qt implicitly shared type or plain data: none points into the node itself,
// so a list of 50,000 nodes moves them as bytes when one is inserted or removed in the middle.
Q_DECLARE_TYPEINFO(Topologist::NodeTemplate, Q_RELOCATABLE_TYPE);
