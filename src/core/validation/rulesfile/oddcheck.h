// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/rulesfile/rulecheck.h"

namespace Topologist {

/// `odd: <path>`: the integer at the path must be odd (a ZooKeeper quorum needs a majority, so
/// an even number of members tolerates no more failures than one fewer and can split in two).
/// Unset and values below 1 are left to the property and scalable rules.
class OddCheck : public RuleCheck
{
public:
    static std::unique_ptr<RuleCheck> parse(const Value &argument, RuleSyntax &syntax);
    explicit OddCheck(RulePath path);

    /// The odd numbers next to an even `count`, preferred first: one fewer, unless that leaves
    /// a single instance and gives up high availability, so 2 proposes 3 before 1.
    static QList<qint64> nearestOdd(qint64 count);

    QString name() const override { return QStringLiteral("odd"); }
    std::optional<RuleFinding> evaluate(const ValidationContext &context,
                                        const NodeTemplate &subject) const override;
    bool computes(RuleFix::Kind kind) const override { return kind == RuleFix::Kind::NearestOdd; }
    QList<QList<QuickFixEdit>> computeFix(const RuleFix &fix,
                                          const ValidationContext &context,
                                          const NodeTemplate &subject) const override;

private:
    RulePath m_path;
};

} // namespace Topologist
