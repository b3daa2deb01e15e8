// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologytemplate.h"
#include "model/toscaarchive.h"
#include "types/hosting.h"
#include "types/typeregistry.h"
#include "validation/topologyrelations.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

/// What a validation rule sees: the topology, the types it can use, and the relationship
/// questions most rules ask (what is this node hosted on, which nodes target it).
///
/// Who targets whom comes from a TopologyRelations: one the context builds (a pass over the
/// topology, for a one-off validation) or one kept current edit by edit (the document's), so
/// that a context per edit costs nothing in proportion to the topology.
class ValidationContext
{
public:
    ValidationContext(const ToscaArchive &archive,
                      const TopologyTemplate &topology,
                      const TypeRegistry &types);
    /// A context on `relations`, which must describe `topology` as it is now.
    ValidationContext(const ToscaArchive &archive,
                      const TopologyTemplate &topology,
                      const TypeRegistry &types,
                      const TopologyRelations &relations);
    ValidationContext(const ValidationContext &) = delete;
    ValidationContext &operator=(const ValidationContext &) = delete;

    const TopologyRelations &relations() const { return *m_relations; }

    const ToscaArchive &archive() const { return m_archive; }
    const TopologyTemplate &topology() const { return m_topology; }
    const TypeRegistry &types() const { return m_types; }

    /// True for a `tosca_simple_yaml_1_x` file: it is held to the TOSCA Simple Profile, so rules
    /// that only Alien4Cloud imposes either skip it or say that the restriction is
    /// Alien4Cloud's. alien_dsl files (and new, unsaved ones) answer false.
    bool isPlainTosca() const;
    /// True when a plain TOSCA requirement names no target node but a capability or a
    /// node_filter: TOSCA lets the orchestrator pick the target at deployment, where
    /// Alien4Cloud wants every relationship drawn in the topology.
    bool leftToOrchestrator(const RequirementAssignment &assignment) const;

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
    /// The nodes whose requirements target `name` (also when no node is called `name`: what
    /// pointed at a removed node must be checked again).
    QStringList sourcesOf(const QString &name) const;
    /// The nodes directly hosted on `name`.
    QStringList hostedOn(const QString &name) const;

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

    /// A requirement that connects to a capability: the node and the requirement's index.
    struct CapabilityUser
    {
        const NodeTemplate *source = nullptr;
        int requirement = -1;
    };
    /// The requirements connected to `target`'s capability named `capability`, in node order:
    /// what counts against the capability's occurrences.
    QList<CapabilityUser> capabilityUsers(const NodeTemplate &target,
                                          const QString &capability) const;

private:
    const ToscaArchive &m_archive;
    const TopologyTemplate &m_topology;
    const TypeRegistry &m_types;
    Hosting m_hosting;
    std::optional<TopologyRelations> m_ownRelations;
    const TopologyRelations *m_relations = nullptr;
};

} // namespace Topologist
