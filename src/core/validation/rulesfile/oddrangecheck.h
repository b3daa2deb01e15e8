// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/rulesfile/rulecheck.h"

namespace Topologist {

/// `odd_range: {min: <path>, max: <path>}`: the range min..max must not allow an even count,
/// i.e. it is a single odd number. Scaling a ZooKeeper quorum one instance at a time always
/// passes through even sizes, so a rule uses this as a warning next to an `odd` error on the
/// default. Unset or non-integer bounds are left to the scalable rule.
class OddRangeCheck : public RuleCheck
{
public:
    static std::unique_ptr<RuleCheck> parse(const Value &argument, RuleSyntax &syntax);
    OddRangeCheck(RulePath min, RulePath max);

    QString name() const override { return QStringLiteral("odd_range"); }
    std::optional<RuleFinding> evaluate(const ValidationContext &context,
                                        const NodeTemplate &subject) const override;
    bool computes(RuleFix::Kind kind) const override { return kind == RuleFix::Kind::PinTo; }
    /// pin_to: sets min and max to the value at the fix's path (made odd first when it is even,
    /// and then written back there too, so that min <= default <= max still holds).
    QList<QList<QuickFixEdit>> computeFix(const RuleFix &fix,
                                          const ValidationContext &context,
                                          const NodeTemplate &subject) const override;

private:
    RulePath m_min;
    RulePath m_max;
};

} // namespace Topologist
