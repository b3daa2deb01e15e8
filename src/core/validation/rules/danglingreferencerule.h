// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-REQ-002: a requirement that targets a node template that does not exist (a typo, or a
/// node deleted by hand). Alien4Cloud: REQUIREMENT_TARGET_NOT_FOUND.
class DanglingReferenceRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("dangling-reference"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
