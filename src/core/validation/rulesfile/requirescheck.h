// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/rulesfile/rulecheck.h"

namespace Topologist {

/// `requires: {requirement: <name>, target_type: <node type>}`: the node must fulfil the
/// requirement with a node of that type (or a derived one), even when the type declares it
/// optional (a Mesos agent works without Docker, but not under Marathon). Without target_type
/// any target will do. A requirement pointing to a missing node is left to the dangling
/// reference rule.
class RequiresCheck : public RuleCheck
{
public:
    static std::unique_ptr<RuleCheck> parse(const Value &argument, RuleSyntax &syntax);
    RequiresCheck(QString requirement, QString targetType);

    QString name() const override { return QStringLiteral("requires"); }
    std::optional<RuleFinding> evaluate(const ValidationContext &context,
                                        const NodeTemplate &subject) const override;
    bool computes(RuleFix::Kind kind) const override { return kind == RuleFix::Kind::Connect; }
    /// connect: one fix per node of the target type in scope (on the subject's compute, or
    /// anywhere), adding the requirement or replacing the one that targets the wrong node.
    QList<QList<QuickFixEdit>> computeFix(const RuleFix &fix,
                                          const ValidationContext &context,
                                          const NodeTemplate &subject) const override;

private:
    bool isTarget(const ValidationContext &context, const NodeTemplate &node) const;

    QString m_requirement;
    /// Empty (any target) or the one target type, as RuleSubject::isOfType takes it.
    QStringList m_targetTypes;
};

} // namespace Topologist
