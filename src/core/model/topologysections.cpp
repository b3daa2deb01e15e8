// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologysections.h"

#include "model/topologytemplate.h"

namespace Topologist {

TopologySections TopologySections::of(const TopologyTemplate &topology)
{
    return {topology.inputs, topology.outputs, topology.groups, topology.policies};
}

void TopologySections::applyTo(TopologyTemplate &topology) const
{
    topology.inputs = inputs;
    topology.outputs = outputs;
    topology.groups = groups;
    topology.policies = policies;
}

} // namespace Topologist
