// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-REQ-003: a requirement the node's type does not declare (Alien4Cloud:
/// REQUIREMENT_NOT_FOUND). Usually a typo such as `- hosts:`.
class UndeclaredRequirementRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("undeclared-requirement"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
