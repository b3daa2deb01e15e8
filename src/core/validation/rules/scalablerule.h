// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

#include <optional>

namespace Topologist {

struct CapabilityDefinition;

/// The scaling of a node (its tosca.capabilities.Scalable capability).
///
/// On alien_dsl files, as Alien4Cloud's SCALABLE_CAPABILITY_INVALID check demands:
/// TOPO-SCALE-001: min_instances, max_instances or default_instances is unset or not an
/// integer ≥ 1; TOPO-SCALE-002: they are not ordered min ≤ default ≤ max.
///
/// On plain TOSCA files, as the Simple Profile says: default_instances is optional and an
/// unset count is no error, a count may be 0 (TOPO-SCALE-001 only for a negative one), and
/// TOPO-SCALE-002 checks min ≤ max and, when it is set, min ≤ default ≤ max.
class ScalableRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("scalable"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;

private:
    /// The counts of one Scalable capability, min, default and max; unset ones stay empty.
    struct Counts
    {
        std::optional<int> min;
        std::optional<int> defaultCount;
        std::optional<int> max;
    };

    static void checkCapability(const ValidationContext &context,
                                const NodeTemplate &node,
                                const CapabilityDefinition &capability,
                                Problems *problems);
    static void checkOrder(const NodeTemplate &node,
                           const CapabilityDefinition &capability,
                           const Counts &counts,
                           Problems *problems);
};

} // namespace Topologist
