// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-CAP-002 (warning): a node template sets properties on a capability its type does not
/// have; Alien4Cloud ignores them with UNKNOWN_CAPABILITY, so the values are silently lost.
class UnknownCapabilityRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("unknown-capability"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
