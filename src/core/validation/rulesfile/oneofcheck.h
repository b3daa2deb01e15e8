// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/rulesfile/rulecheck.h"

#include <QHash>

#include <utility>

namespace Topologist {

/// `one_of: [{<path>: <value>, ...}, ...]`: the node must match every value of at least one
/// alternative (an operating system is a distribution *and* a version). Properties declared
/// with the TOSCA type `version` match by version prefix, so "7" accepts CentOS 7.2; other
/// values match as written. An unset value matches nothing, as an unset value violates a
/// node_filter in Alien4Cloud.
class OneOfCheck : public RuleCheck
{
public:
    using Alternative = QList<std::pair<RulePath, Value>>;

    static std::unique_ptr<RuleCheck> parse(const Value &argument, RuleSyntax &syntax);
    explicit OneOfCheck(QList<Alternative> alternatives);

    /// True when `actual` satisfies the value an alternative demands.
    static bool matches(const RulePath::Resolved &actual, const Value &expected);

    QString name() const override { return QStringLiteral("one_of"); }
    std::optional<RuleFinding> evaluate(const ValidationContext &context,
                                        const NodeTemplate &subject) const override;
    bool computes(RuleFix::Kind kind) const override { return kind == RuleFix::Kind::Closest; }
    /// closest: writes the values of the alternative the node is nearest to (most values
    /// already matching; the first listed on a tie, so list the recommended one first).
    QList<QList<QuickFixEdit>> computeFix(const RuleFix &fix,
                                          const ValidationContext &context,
                                          const NodeTemplate &subject) const override;

private:
    /// What the node has at every path the alternatives name; nullopt when one is a function.
    std::optional<QHash<QString, RulePath::Resolved>> resolveAll(const ValidationContext &context,
                                                                 const NodeTemplate &subject) const;
    /// The index of the nearest alternative, or -1 when one is fully matched.
    int nearest(const QHash<QString, RulePath::Resolved> &values) const;

    QList<Alternative> m_alternatives;
};

} // namespace Topologist
