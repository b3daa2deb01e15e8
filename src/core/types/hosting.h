// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"
#include "types/requirementdefinition.h"

#include <QHash>
#include <QString>

namespace Topologist {

class TopologyTemplate;
class TypeRegistry;

/// What hosts a node: the one answer for the validator, the canvas and the outline. A
/// requirement hosts when its relationship (its own, or the one its type's definition names)
/// is HostedOn or derives from it; a node of an unknown type is hosted on nothing.
class Hosting
{
public:
    /// With `topology`, a requirement may name one of its relationship templates instead of a
    /// type (TOSCA allows either); the template's type is then the one used.
    explicit Hosting(const TypeRegistry &types, const TopologyTemplate *topology = nullptr);

    /// The relationship type an assignment uses: its own (or its template's), else the one its
    /// definition names.
    QString relationshipType(const NodeTemplate &node,
                             const RequirementAssignment &assignment) const;
    bool isHostingRelationship(const QString &relationshipType) const;
    bool isHosting(const NodeTemplate &node, const RequirementAssignment &assignment) const;
    /// The requirement definition through which a node of `nodeType` gets hosted, or null.
    const RequirementDefinition *hostingDefinition(const QString &nodeType) const;
    /// Which of `node`'s requirements hosts it: the first hosting one with a target; -1 if none.
    int hostingRequirement(const NodeTemplate &node) const;
    /// The name of the node `node` is hosted on, or empty.
    QString hostOf(const NodeTemplate &node) const;

private:
    const TypeRegistry &m_types;
    const TopologyTemplate *m_topology;
    /// A topology uses few relationship types: whether one hosts is decided once.
    mutable QHash<QString, bool> m_hostingRelationships;
};

} // namespace Topologist
