// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// Checks what a relationship points at (Alien4Cloud: REQUIREMENT_CAPABILITY_NOT_FOUND):
/// TOPO-REQ-004: the target capability's type does not derive from the requirement's;
/// TOPO-REQ-005: the target has no capability of the name or type written on the requirement;
/// TOPO-REQ-007: the target node's type is not the node type the requirement asks for.
class RequirementTargetRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("requirement-target"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
