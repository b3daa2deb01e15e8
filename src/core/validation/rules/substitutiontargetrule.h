// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/substitutionmapping.h"
#include "validation/validationrule.h"

namespace Topologist {

struct TypeDefinition;

/// The capabilities and requirements a substitution mapping exposes. TOPO-SUBST-004: an entry
/// is not `[ node, name ]`, or names a node the topology does not have. TOPO-SUBST-005: the
/// node's type has no capability (requirement) of that name. TOPO-SUBST-006: the substituted
/// type has a capability (requirement) of the exposed name that the mapped one cannot stand
/// for: a capability must be of the substituted type's capability type or derive from it (what
/// connects to the service expects at least that), and a requirement's capability type must be
/// the substituted type's or one it derives from (whatever the service is connected to must
/// satisfy the node's requirement). All errors: Alien4Cloud fails to build the type from a
/// mapping onto nothing, and a type that breaks its parent's promises fails at deployment.
class SubstitutionTargetRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("substitution-target"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

private:
    static void check(const ValidationContext &context,
                      SubstitutionMapping::Side side,
                      const SubstitutionTarget &target,
                      const TypeDefinition *substituted,
                      Problems *problems);
};

} // namespace Topologist
