// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/groupdefinition.h"
#include "model/outputdefinition.h"
#include "model/policydefinition.h"
#include "model/value.h"
#include "types/propertydefinition.h"

#include <QString>

namespace Topologist {

class TopologyTemplate;

/// The parts of a topology beside its node templates that the designer edits as a whole:
/// inputs, outputs, groups, policies and the substitution mapping. An edit keeps them as they
/// were and as they become, the way it keeps the nodes it touches (they are small next to the
/// nodes).
struct TopologySections
{
    PropertyDefinitions inputs;
    OutputDefinitions outputs;
    GroupDefinitions groups;
    PolicyDefinitions policies;
    /// As written; SubstitutionMapping reads and edits it.
    Value substitutionMappings;

    static TopologySections of(const TopologyTemplate &topology);
    void applyTo(TopologyTemplate &topology) const;

    /// Node `from` is now called `to`: outputs that read it, group members, policy targets and
    /// substitution mappings follow. True when anything changed.
    bool renameNode(const QString &from, const QString &to);
    /// Node `name` is gone: outputs that read it go (as Alien4Cloud drops them), and it leaves
    /// the groups and policy targets it was in; substitution mappings onto it go too. True when
    /// anything changed.
    bool removeNode(const QString &name);
    /// Whether any output reads node `name`, or a group, policy or substitution mapping names it.
    bool mentions(const QString &name) const;
    /// The same of a topology's own sections, without copying them.
    static bool mentionedIn(const TopologyTemplate &topology, const QString &name);

    friend bool operator==(const TopologySections &a, const TopologySections &b)
    {
        return a.inputs == b.inputs && a.outputs == b.outputs && a.groups == b.groups
               && a.policies == b.policies && a.substitutionMappings == b.substitutionMappings;
    }
    friend bool operator!=(const TopologySections &a, const TopologySections &b)
    {
        return !(a == b);
    }
};

} // namespace Topologist
