// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/groupdefinition.h"
#include "model/outputdefinition.h"
#include "model/policydefinition.h"
#include "types/propertydefinition.h"

namespace Topologist {

class TopologyTemplate;

/// The parts of a topology beside its node templates that the designer edits as a whole:
/// inputs, outputs, groups and policies. An edit keeps them as they were and as they become,
/// the way it keeps the nodes it touches (they are small next to the nodes).
struct TopologySections
{
    PropertyDefinitions inputs;
    OutputDefinitions outputs;
    GroupDefinitions groups;
    PolicyDefinitions policies;

    static TopologySections of(const TopologyTemplate &topology);
    void applyTo(TopologyTemplate &topology) const;

    friend bool operator==(const TopologySections &a, const TopologySections &b)
    {
        return a.inputs == b.inputs && a.outputs == b.outputs && a.groups == b.groups
               && a.policies == b.policies;
    }
    friend bool operator!=(const TopologySections &a, const TopologySections &b)
    {
        return !(a == b);
    }
};

} // namespace Topologist
