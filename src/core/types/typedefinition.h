// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "types/artifactdefinition.h"
#include "types/capabilitydefinition.h"
#include "types/constraint.h"
#include "types/interfacedefinition.h"
#include "types/propertydefinition.h"
#include "types/requirementdefinition.h"
#include "types/typekind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Topologist {

/// A TOSCA type of any family, as declared in one archive (not flattened: members inherited
/// through `derived_from` are resolved by TypeRegistry). Members that a family does not use
/// stay empty; one shape for all families keeps inheritance and lookup code in one place.
struct TypeDefinition
{
    TypeKind kind = TypeKind::Node;
    QString name;
    QString derivedFrom;
    QString description;
    bool abstract = false;
    /// `tags:` and `metadata:` entries, in order (`icon` is the one the designer uses).
    QList<std::pair<QString, QString>> tags;

    PropertyDefinitions properties;
    PropertyDefinitions attributes;
    RequirementDefinitions requirements;
    CapabilityDefinitions capabilities;
    InterfaceDefinitions interfaces;
    ArtifactDefinitions artifacts;
    /// Relationship types: what a relationship may target; policy types: the node and group
    /// types a policy may target (`targets`); group types: the node types of their members
    /// (`members`). Absent means "inherit".
    std::optional<QStringList> validTargetTypes;
    /// Capability types: which node types may use the capability.
    QStringList validSourceTypes;
    /// Data types derived from a primitive (`derived_from: integer`) carry constraints.
    Constraints constraints;
    QString mimeType;
    QStringList fileExtensions;

    /// `name:version` of the archive that declares the type.
    QString archiveId;
    SourceLocation location;

    QString tag(const QString &key) const
    {
        for (const auto &[tagKey, tagValue] : tags) {
            if (tagKey == key)
                return tagValue;
        }
        return QString();
    }
};

} // namespace Topologist
