// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/oddrangecheck.h"

#include "validation/rulesfile/oddcheck.h"
#include "validation/rulesfile/rulesyntax.h"

#include <QCoreApplication>

namespace Topologist {

std::unique_ptr<RuleCheck> OddRangeCheck::parse(const Value &argument, RuleSyntax &syntax)
{
    if (!argument.isMap() || !argument.contains(QStringLiteral("min"))
        || !argument.contains(QStringLiteral("max"))) {
        syntax.error(RuleSyntax::badCheckCode(),
                     argument.location(),
                     QCoreApplication::translate("Validation",
                                                 "odd_range needs {min: <path>, max: <path>}"));
        return nullptr;
    }
    syntax.rejectUnknownKeys(
        argument, {QStringLiteral("min"), QStringLiteral("max")}, QStringLiteral("odd_range"));
    std::optional<RulePath> min = syntax.path(argument.value(QStringLiteral("min")));
    std::optional<RulePath> max = syntax.path(argument.value(QStringLiteral("max")));
    if (!min || !max)
        return nullptr;
    return std::make_unique<OddRangeCheck>(*min, *max);
}

OddRangeCheck::OddRangeCheck(RulePath min, RulePath max)
    : m_min(std::move(min))
    , m_max(std::move(max))
{}

std::optional<RuleFinding> OddRangeCheck::evaluate(const ValidationContext &context,
                                                   const NodeTemplate &subject) const
{
    const RulePath::Resolved min = m_min.resolve(context, subject);
    const RulePath::Resolved max = m_max.resolve(context, subject);
    const std::optional<qint64> low = integer(min.value);
    const std::optional<qint64> high = integer(max.value);
    if (!low || !high || *low < 1 || *high < *low)
        return std::nullopt;
    if (*low == *high && *low % 2 != 0)
        return std::nullopt;
    RuleFinding finding;
    finding.value = QString::number(*low) + QStringLiteral("..") + QString::number(*high);
    finding.expected = QCoreApplication::translate("Validation", "a single odd number");
    // The maximum is what lets the count grow to an even size; point at it when it is written.
    finding.member = m_max.member(max);
    finding.location = max.setInTemplate ? max.location : min.location;
    return finding;
}

QList<QList<QuickFixEdit>> OddRangeCheck::computeFix(const RuleFix &fix,
                                                     const ValidationContext &context,
                                                     const NodeTemplate &subject) const
{
    if (!fix.pinPath())
        return {};
    const RulePath::Resolved pinned = fix.pinPath()->resolve(context, subject);
    const std::optional<qint64> count = integer(pinned.value);
    if (!count || *count < 1)
        return {};
    const qint64 target = *count % 2 != 0 ? *count : OddCheck::nearestOdd(*count).first();
    const Value value = Value::scalar(QString::number(target));
    QList<QuickFixEdit> edits;
    for (const RulePath &path : {m_min, m_max}) {
        const std::optional<QuickFixEdit> edit
            = path.setEdit(subject, path.resolve(context, subject), value);
        if (!edit)
            return {};
        edits.append(*edit);
    }
    if (target != *count) {
        const std::optional<QuickFixEdit> edit = fix.pinPath()->setEdit(subject, pinned, value);
        if (!edit)
            return {};
        edits.append(*edit);
    }
    return {edits};
}

} // namespace Topologist
