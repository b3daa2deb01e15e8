// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// The type a substitution mapping makes the topology stand for. TOPO-SUBST-001: the mapping
/// names no node_type, or one neither the topology nor its imports declare (Alien4Cloud:
/// TYPE_NOT_FOUND). On alien_dsl files, Alien4Cloud's own conditions: TOPO-SUBST-002, the type
/// is not abstract (DERIVED_FROM_CONCRETE_TYPE_SUBSTITUTION); TOPO-SUBST-003, the archive
/// declares types as well (UNSUPPORTED_SUBSTITUTION). All errors: Alien4Cloud refuses them.
class SubstitutionTypeRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("substitution-type"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;
};

} // namespace Topologist
