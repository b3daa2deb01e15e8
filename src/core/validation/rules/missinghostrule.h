// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-HOST-001: a software component that is not hosted on anything, so the orchestrator
/// would not know which machine to install it on. Offers to host it on each node of the
/// topology that can.
class MissingHostRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("missing-host"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
