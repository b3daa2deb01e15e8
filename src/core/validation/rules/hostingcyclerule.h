// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-HOST-002: nodes hosted on each other in a loop; no install order exists.
class HostingCycleRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("hosting-cycle"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
