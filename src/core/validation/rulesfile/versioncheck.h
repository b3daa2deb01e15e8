// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/toscaversion.h"
#include "validation/rulesfile/rulecheck.h"

namespace Topologist {

/// `version: {path: <path>, equal | at_least | at_most: <version>}`: compares a version the
/// way package versions work (ToscaVersion), so `0.25.0-0.2.70` is a 0.25.0 package.
///
/// - `equal` matches by prefix: 0.25.0 accepts 0.25.0-0.2.70 but not 0.25.1.
/// - `at_least`: the version, or newer (0.28.0-2.0.15 >= 0.28.0).
/// - `at_most`: the version or older, any package of it included (at_most 0.27 accepts 0.27.2).
///
/// Unset means "the latest package", as for Mesos's `component_version`: it satisfies
/// `at_least` and violates `equal` and `at_most`. A value that is not a version is left to the
/// property rules.
class VersionCheck : public RuleCheck
{
public:
    enum class Comparison { Equal, AtLeast, AtMost };

    static std::unique_ptr<RuleCheck> parse(const Value &argument, RuleSyntax &syntax);
    VersionCheck(RulePath path, Comparison comparison, ToscaVersion reference);

    /// True when `actual` (unset when null) satisfies the comparison.
    bool accepts(const std::optional<ToscaVersion> &actual) const;

    QString name() const override { return QStringLiteral("version"); }
    std::optional<RuleFinding> evaluate(const ValidationContext &context,
                                        const NodeTemplate &subject) const override;

private:
    RulePath m_path;
    Comparison m_comparison;
    ToscaVersion m_reference;
};

} // namespace Topologist
