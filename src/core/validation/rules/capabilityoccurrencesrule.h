// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-CAP-001: more relationships target a capability than its occurrences allow.
/// Alien4Cloud only enforces this in its editor (error 810), not on upload.
class CapabilityOccurrencesRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("capability-occurrences"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
