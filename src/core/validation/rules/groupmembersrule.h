// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

struct GroupDefinition;

/// The groups of a topology: TOPO-GROUP-001 a member is not a node of the topology (an error:
/// Alien4Cloud refuses the topology; the quick fix takes it out of the group);
/// TOPO-GROUP-002 the group's type is unknown (groups of Alien4Cloud often have none, which is
/// fine); TOPO-GROUP-003 a member's type is not among the node types the group type admits
/// (`members:` of the group type).
class GroupMembersRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("group-members"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

private:
    static void checkMember(const ValidationContext &context,
                            const GroupDefinition &group,
                            const QStringList *admitted,
                            const QString &member,
                            Problems *problems);
};

} // namespace Topologist
