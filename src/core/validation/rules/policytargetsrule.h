// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

struct PolicyDefinition;

/// The policies of a topology and what they apply to: TOPO-POLICY-001 the policy has no type or
/// one no imported archive declares; TOPO-POLICY-002 a target is neither a node nor a group of
/// the topology (an error: Alien4Cloud refuses it; the quick fix drops the target);
/// TOPO-POLICY-003 a target's type is not among those the policy type admits (its `targets:`).
class PolicyTargetsRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("policy-targets"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

private:
    static void checkTarget(const ValidationContext &context,
                            const PolicyDefinition &policy,
                            const QStringList *admitted,
                            const QString &target,
                            Problems *problems);
};

} // namespace Topologist
