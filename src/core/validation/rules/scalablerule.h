// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// The scaling of a node (its tosca.capabilities.Scalable capability), as Alien4Cloud's
/// SCALABLE_CAPABILITY_INVALID check demands:
/// TOPO-SCALE-001: min_instances, max_instances or default_instances is not an integer ≥ 1;
/// TOPO-SCALE-002: they are not ordered min ≤ default ≤ max.
class ScalableRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("scalable"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
