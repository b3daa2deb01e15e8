// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-REL-001: the relationship type written on a requirement is unknown.
/// TOPO-REL-002: it does not derive from the type the requirement asks for. Using a more general
/// parent (plain HostedOn where the type asks MarathonHostedOnMaster, as the published Marathon
/// template does) is a warning, since Alien4Cloud accepts it but skips the specific type's
/// scripts; an unrelated type is an error.
class RelationshipTypeRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("relationship-type"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
