// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/quickfix.h"

#include <QString>

namespace Topologist {

class ValidationContext;
struct NodeTemplate;
struct RequirementDefinition;

/// Proposes "connect <node>.<requirement> to X" fixes for the nodes of the topology that could
/// satisfy the requirement, the first `limit` of them in topology order.
QuickFixes connectFixes(const ValidationContext &context,
                        const NodeTemplate &node,
                        const RequirementDefinition &requirement,
                        int limit = 3);
/// Proposes "point <node>.<requirement> at X instead" fixes for the relationship at
/// `requirementIndex`, to nodes that satisfy it and would not create a hosting loop.
QuickFixes retargetFixes(const ValidationContext &context,
                         const NodeTemplate &node,
                         int requirementIndex,
                         const RequirementDefinition &requirement,
                         int limit = 3);

} // namespace Topologist
