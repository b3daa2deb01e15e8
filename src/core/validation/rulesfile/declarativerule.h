// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/severity.h"
#include "support/sourcelocation.h"
#include "validation/rulesfile/rulecheck.h"
#include "validation/rulesfile/rulefix.h"
#include "validation/rulesfile/rulesubject.h"
#include "validation/validationrule.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Topologist {

/// A validation rule read from a rules file shipped with a type archive (see RulesFile and
/// resources/types/README.md): for every node of `node_type`, follow the subject steps and
/// demand the check of each node reached.
///
/// The problem is attached to the node reached (the subject), not to the starting node: that
/// is where the offending value is written, so the problem's member, source position and quick
/// fixes all point into the same node, and the message names the starting node to say why.
///
/// Rules whose subject only climbs the hosting chain (or first follows one requirement) run per
/// node, so the incremental validator re-checks them when anything they read changes; the
/// others run from every starting node through a StartRuleTracker, which keeps them linear and,
/// after an edit, re-runs only the starts the edit reaches.
class DeclarativeRule : public ValidationRule
{
public:
    struct Definition
    {
        QString code;
        Severity severity = Severity::Error;
        QString title;
        QString description;
        QStringList nodeTypes;
        RuleSubject subject;
        std::unique_ptr<RuleCheck> check;
        QString message;
        QList<RuleFix> fixes;
        /// Where the rule is written in its rules file.
        SourceLocation location;
    };

    /// The names messages and fix descriptions may use as {name}.
    static QStringList placeholders();
    /// The {names} in `text` that are not placeholders.
    static QStringList unknownPlaceholders(const QString &text);
    /// Replaces the {placeholders} of `text` by `fields`; unknown ones stay as written.
    static QString format(const QString &text, const QHash<QString, QString> &fields);

    explicit DeclarativeRule(Definition definition);

    QString id() const override { return m_rule.code; }
    const QString &code() const { return m_rule.code; }
    Severity severity() const { return m_rule.severity; }
    const QString &title() const { return m_rule.title; }
    const QString &description() const { return m_rule.description; }
    const QStringList &nodeTypes() const { return m_rule.nodeTypes; }
    const RuleSubject &subject() const { return m_rule.subject; }
    const SourceLocation &location() const { return m_rule.location; }
    /// True when the rule runs in checkTopology rather than per node.
    bool isTopologyWide() const { return m_topologyWide; }

    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

    bool startsFromNodes() const override { return m_topologyWide; }
    bool startsAt(const ValidationContext &context, const NodeTemplate &node) const override;
    QList<const NodeTemplate *> subjectsFrom(const ValidationContext &context,
                                             const NodeTemplate &start,
                                             RuleWay *way) const override;
    bool joinsFanOut(const ValidationContext &context,
                     const RuleWay &way,
                     const NodeTemplate &candidate) const override;
    std::optional<Problem> problemFor(const ValidationContext &context,
                                      const NodeTemplate &start,
                                      const NodeTemplate &subject) const override;

private:
    /// Checks every subject reached from `start`.
    void checkFrom(const ValidationContext &context,
                   const NodeTemplate &start,
                   Problems *problems) const;
    /// True when `fix`, applied to a copy of `subject`, satisfies the check.
    bool repairs(const ValidationContext &context,
                 const NodeTemplate &subject,
                 const QuickFix &fix) const;

    Definition m_rule;
    bool m_topologyWide = false;
};

} // namespace Topologist
