// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologytemplate.h"
#include "model/toscaarchive.h"
#include "types/typeregistry.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Topologist {

/// What a validation rule sees: the topology, the types it can use, and the relationship
/// questions most rules ask (what is this node hosted on, which nodes target it).
///
/// The reverse index (who targets whom) is built once per context; the incremental validator
/// builds a fresh context per edit, which is cheap because the index is a single pass.
class ValidationContext
{
public:
    ValidationContext(const ToscaArchive &archive,
                      const TopologyTemplate &topology,
                      const TypeRegistry &types);

    const ToscaArchive &archive() const { return m_archive; }
    const TopologyTemplate &topology() const { return m_topology; }
    const TypeRegistry &types() const { return m_types; }

    /// The node's type with everything inherited, or null when the type is unknown.
    const TypeDefinition *nodeType(const NodeTemplate &node) const;
    /// The requirement definition a requirement assignment fulfils, or null.
    const RequirementDefinition *requirementDefinition(const NodeTemplate &node,
                                                       const QString &requirement) const;
    /// The relationship type of an assignment: written on it, else the one its definition asks.
    QString relationshipType(const NodeTemplate &node,
                             const RequirementAssignment &assignment) const;
    bool isHostingRelationship(const QString &relationshipType) const;
    /// True when the assignment is a HostedOn (or derived) relationship.
    bool isHosting(const NodeTemplate &node, const RequirementAssignment &assignment) const;

    /// The node `name` is hosted on, or empty.
    QString hostOf(const QString &name) const;
    /// The hosts of `name`, nearest first; stops at a cycle.
    QStringList hostingChain(const QString &name) const;
    /// The nodes whose requirements target `name`.
    QStringList sourcesOf(const QString &name) const { return m_sources.value(name); }
    /// The nodes directly hosted on `name`.
    QStringList hostedOn(const QString &name) const { return m_hosted.value(name); }

    /// The value a node's property has for the orchestrator: what the template sets, else the
    /// type's default (Alien4Cloud fills defaults in), else null.
    Value effectiveProperty(const NodeTemplate &node, const QString &property) const;
    /// Same for a property of one of the node's capabilities (by capability name).
    Value effectiveCapabilityProperty(const NodeTemplate &node,
                                      const QString &capability,
                                      const QString &property) const;
    /// The name of the node's capability whose type is or derives from `capabilityType`, or
    /// `capabilityType` itself when it is the name of one of the node's capabilities; empty when
    /// the node has no such capability.
    QString capabilityNamed(const NodeTemplate &node, const QString &nameOrType) const;

    /// The capability of `target` that an assignment connects to: by name, else the first whose
    /// type derives from the named type, else the first matching the requirement definition's
    /// capability type. Null when none.
    const CapabilityDefinition *targetCapability(const NodeTemplate &source,
                                                 const RequirementAssignment &assignment,
                                                 const NodeTemplate &target) const;

private:
    const ToscaArchive &m_archive;
    const TopologyTemplate &m_topology;
    const TypeRegistry &m_types;
    QHash<QString, QStringList> m_sources;
    QHash<QString, QStringList> m_hosted;
};

} // namespace Topologist
