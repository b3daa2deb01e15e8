// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-INPUT-001: a get_input naming an input the topology does not declare (Alien4Cloud:
/// MISSING_TOPOLOGY_INPUT). No quick fix: only the user knows the input's type and whether the
/// name is a typo.
class InputReferenceRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("input-reference"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
