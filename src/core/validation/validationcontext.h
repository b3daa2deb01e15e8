// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologytemplate.h"
#include "model/toscaarchive.h"
#include "types/hosting.h"
#include "types/typeregistry.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

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
    /// Node indices grouped by the index of the node they point at (or are hosted on): a
    /// context is built for every edit, and two flat arrays per relation cost far less than a
    /// list per node.
    struct Adjacency
    {
        std::vector<int> begin;
        std::vector<int> end;
        std::vector<int> nodes;

        void build(int nodeCount, const std::vector<std::pair<int, int>> &edges);
        QStringList names(const TopologyTemplate &topology, int target) const;
    };

    QStringList related(const Adjacency &adjacency,
                        const QHash<QString, QStringList> &unknownTargets,
                        const QString &name) const;

    Adjacency m_sources;
    Adjacency m_hosted;
    /// Per node index, which of its requirements hosts it (-1: none): hostOf() is asked for
    /// every node's chain by the Mesos rules after every edit.
    std::vector<int> m_hostingRequirement;
    /// Targets no node is called (dangling references), rare, by name.
    QHash<QString, QStringList> m_sourcesOfUnknown;
    QHash<QString, QStringList> m_hostedOnUnknown;
};

} // namespace Topologist
