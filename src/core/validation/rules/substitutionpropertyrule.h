// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/substitutionmapping.h"
#include "validation/validationrule.h"

namespace Topologist {

struct TypeDefinition;

/// The properties of the substituted type and the inputs that give them. A property is given
/// by an input when `substitution_mappings.properties` maps it onto one, or when an input has
/// its name (what Alien4Cloud and tosca-parser go by: each input becomes a property of the
/// substitute type).
///
/// TOPO-SUBST-007 (warning): a required property of the substituted type without a default is
/// given by no input, so whatever a user of the type sets is never read (tosca-parser refuses
/// the topology). TOPO-SUBST-008 (error): a mapping names an input the topology does not have.
/// TOPO-SUBST-009 (warning): a mapping names a property the substituted type does not have.
/// TOPO-SUBST-010 (warning, alien_dsl): a property mapped onto an input of another name, which
/// Alien4Cloud ignores (it reads no `properties` there; the input becomes a property of its own
/// name).
class SubstitutionPropertyRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("substitution-property"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

private:
    static void checkRequired(const ValidationContext &context,
                              const SubstitutionMapping &mapping,
                              const TypeDefinition &substituted,
                              Problems *problems);
    static void checkMapping(const ValidationContext &context,
                             const PropertyMapping &property,
                             const SubstitutionMapping &mapping,
                             const TypeDefinition *substituted,
                             Problems *problems);
};

} // namespace Topologist
