// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologytemplate.h"
#include "standard/droppedkey.h"
#include "types/typeregistry.h"

namespace Topologist {

/// Turns an Alien4Cloud topology_template into standard TOSCA: what only Alien4Cloud reads
/// (workflows, input artifacts, relationship names, group policies, unknown keys of templates)
/// is left out and noted; the rest, canvas positions included, stays as it is.
///
/// With the topology's types, a `version` property whose value is an Alien4Cloud version but
/// no TOSCA one (Mesos's `0.25.0-0.2.70`) moves to the node's metadata, noted: the standard's
/// version type would refuse it, and the value is kept for whoever reads the file.
class StandardTopologyCleaner
{
public:
    StandardTopologyCleaner(const TypeRegistry *types, DroppedKeys *dropped)
        : m_types(types)
        , m_dropped(dropped)
    {}

    TopologyTemplate clean(const TopologyTemplate &topology) const;

private:
    NodeTemplate node(const NodeTemplate &node) const;
    /// Drops artifacts whose file is get_input_artifact: the input artifacts are dropped.
    void dropInputArtifacts(NodeTemplate *node, const QString &element) const;
    void moveNonStandardVersions(NodeTemplate *node, const QString &element) const;
    RequirementAssignment requirement(const RequirementAssignment &requirement,
                                      const QString &element) const;
    /// Moves a relationship's properties and interfaces into `relationship: {type, ...}`.
    void relationshipInLongForm(RequirementAssignment *requirement, const QString &element) const;
    void parameters(PropertyDefinitions *inputs) const;
    void outputs(OutputDefinitions *outputs) const;
    void groups(GroupDefinitions *groups) const;
    void policies(PolicyDefinitions *policies) const;
    /// Drops @p value (noting @p key of @p element) when it is set.
    void drop(Value *value, const QString &element, const QString &key) const;

    const TypeRegistry *m_types;
    DroppedKeys *m_dropped;
};

} // namespace Topologist
