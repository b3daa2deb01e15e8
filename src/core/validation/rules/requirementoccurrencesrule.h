// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-REQ-001: fewer relationships than a requirement's lower bound (Alien4Cloud:
/// SATISFY_LOWER_BOUND, e.g. a MesosSlave not connected to a master).
/// TOPO-REQ-006: more than its upper bound (Alien4Cloud does not check this at upload).
/// Hosting requirements are left to MissingHostRule, which says it in the user's terms.
class RequirementOccurrencesRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("requirement-occurrences"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
