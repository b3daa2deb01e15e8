// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/declarativerule.h"

#include "validation/quickfixapplier.h"
#include "validation/startruletracker.h"
#include "validation/validationcontext.h"

#include <QRegularExpression>

namespace Topologist {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{(\\w+)\\}"));
    return pattern;
}

} // namespace

QStringList DeclarativeRule::placeholders()
{
    return {QStringLiteral("node"),
            QStringLiteral("subject"),
            QStringLiteral("value"),
            QStringLiteral("expected")};
}

QStringList DeclarativeRule::unknownPlaceholders(const QString &text)
{
    const QStringList known = placeholders();
    QStringList unknown;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(text)) {
        if (!known.contains(match.captured(1)))
            unknown << match.captured(1);
    }
    return unknown;
}

QString DeclarativeRule::format(const QString &text, const QHash<QString, QString> &fields)
{
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(text)) {
        const auto field = fields.constFind(match.captured(1));
        if (field == fields.constEnd())
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += *field;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

DeclarativeRule::DeclarativeRule(Definition definition)
    : m_rule(std::move(definition))
    , m_topologyWide(m_rule.subject.needsWholeTopology())
{}

bool DeclarativeRule::startsAt(const ValidationContext &context, const NodeTemplate &node) const
{
    return RuleSubject::isOfType(context, node, m_rule.nodeTypes);
}

void DeclarativeRule::checkNode(const ValidationContext &context,
                                const NodeTemplate &node,
                                Problems *problems) const
{
    if (m_topologyWide || !startsAt(context, node))
        return;
    checkFrom(context, node, problems);
}

void DeclarativeRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    if (!m_topologyWide)
        return;
    // The run from every start is the tracker's, so that a one-off validation and the
    // designer's kept-current one cannot disagree.
    StartRuleTracker tracker(*this);
    tracker.checkAll(context);
    *problems += tracker.problems();
}

void DeclarativeRule::checkFrom(const ValidationContext &context,
                                const NodeTemplate &start,
                                Problems *problems) const
{
    for (const NodeTemplate *subject : m_rule.subject.resolve(context, start)) {
        if (std::optional<Problem> problem = problemFor(context, start, *subject))
            problems->append(std::move(*problem));
    }
}

QList<const NodeTemplate *> DeclarativeRule::subjectsFrom(const ValidationContext &context,
                                                          const NodeTemplate &start,
                                                          RuleWay *way) const
{
    return m_rule.subject.resolve(context, start, way);
}

bool DeclarativeRule::joinsFanOut(const ValidationContext &context,
                                  const RuleWay &way,
                                  const NodeTemplate &candidate) const
{
    return m_rule.subject.joinsFanOut(context, way, candidate);
}

std::optional<Problem> DeclarativeRule::problemFor(const ValidationContext &context,
                                                   const NodeTemplate &start,
                                                   const NodeTemplate &subject) const
{
    const std::optional<RuleFinding> finding = m_rule.check->evaluate(context, subject);
    if (!finding)
        return std::nullopt;
    const QHash<QString, QString> fields{{QStringLiteral("node"), start.name},
                                         {QStringLiteral("subject"), subject.name},
                                         {QStringLiteral("value"), finding->value},
                                         {QStringLiteral("expected"), finding->expected}};
    Problem problem;
    problem.severity = m_rule.severity;
    problem.code = m_rule.code;
    problem.node = subject.name;
    problem.member = finding->member;
    problem.requirementIndex = finding->requirementIndex;
    problem.location = finding->location.isValid() ? finding->location : subject.location;
    problem.message = format(m_rule.message, fields);
    for (const RuleFix &fix : m_rule.fixes) {
        for (QuickFix quickFix : fix.build(*m_rule.check, context, subject)) {
            if (!fix.description().isEmpty())
                quickFix.description = format(fix.description(), fields);
            if (repairs(context, subject, quickFix))
                problem.fixes.append(quickFix);
        }
    }
    return problem;
}

bool DeclarativeRule::repairs(const ValidationContext &context,
                              const NodeTemplate &subject,
                              const QuickFix &fix) const
{
    // Every edit a rule proposes is on the subject, so a one-node copy is enough to try it.
    TopologyTemplate scratch;
    scratch.appendNode(subject);
    if (!QuickFixApplier::apply(&scratch, fix))
        return false;
    return !m_rule.check->evaluate(context, scratch.nodeAt(0));
}

} // namespace Topologist
