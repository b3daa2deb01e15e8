// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-REL-003: the relationship's valid_target_types refuse the target (neither the target
/// node type nor the target capability type derives from one of them). Alien4Cloud only checks
/// this in its web editor, so a hand-edited file gets past the upload and fails later.
class ValidTargetTypesRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("valid-target-types"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
