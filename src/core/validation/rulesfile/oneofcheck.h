// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/toscaversion.h"
#include "validation/rulesfile/rulecheck.h"

namespace Topologist {

/// `one_of: [{<path>: <value>, ...}, ...]`: the node must match every value of at least one
/// alternative (an operating system is a distribution *and* a version). Properties declared
/// with the TOSCA type `version` match by version prefix, so "7" accepts CentOS 7.2; other
/// values match as written. An unset value matches nothing, as an unset value violates a
/// node_filter in Alien4Cloud.
class OneOfCheck : public RuleCheck
{
public:
    /// One value an alternative demands, at one of the check's paths; its version is parsed
    /// once, when the rule is read.
    struct Expected
    {
        int path = 0;
        Value value;
        std::optional<ToscaVersion> version;
    };
    using Alternative = QList<Expected>;

    static std::unique_ptr<RuleCheck> parse(const Value &argument, RuleSyntax &syntax);
    /// `paths` are the distinct paths the alternatives name; Expected::path indexes them.
    OneOfCheck(QList<RulePath> paths, QList<Alternative> alternatives);

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
    /// What the subject has at one path, its version parsed once per evaluation.
    struct Actual
    {
        RulePath::Resolved resolved;
        std::optional<ToscaVersion> version;
    };

    static bool matches(const Actual &actual, const Expected &expected);
    /// What the subject has at each path; nullopt when a value is a function.
    std::optional<QList<Actual>> resolveAll(const ValidationContext &context,
                                            const NodeTemplate &subject) const;
    /// The index of the nearest alternative, or -1 when one is fully matched.
    int nearest(const QList<Actual> &values) const;

    QList<RulePath> m_paths;
    QList<Alternative> m_alternatives;
};

} // namespace Topologist
