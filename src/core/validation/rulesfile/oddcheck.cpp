// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/oddcheck.h"

#include "validation/rulesfile/rulesyntax.h"

#include <QCoreApplication>

#include <limits>

namespace Topologist {

std::unique_ptr<RuleCheck> OddCheck::parse(const Value &argument, RuleSyntax &syntax)
{
    std::optional<RulePath> path = syntax.path(argument);
    if (!path)
        return nullptr;
    return std::make_unique<OddCheck>(*path);
}

OddCheck::OddCheck(RulePath path)
    : m_path(std::move(path))
{}

QList<qint64> OddCheck::nearestOdd(qint64 count)
{
    if (count <= 1)
        return {1};
    if (count - 1 == 1)
        return {count + 1, count - 1};
    return {count - 1, count + 1};
}

std::optional<RuleFinding> OddCheck::evaluate(const ValidationContext &context,
                                              const NodeTemplate &subject) const
{
    const RulePath::Resolved resolved = m_path.resolve(context, subject);
    const std::optional<qint64> count = integer(resolved.value);
    if (!count || *count < 1 || *count % 2 != 0)
        return std::nullopt;
    RuleFinding finding;
    finding.value = display(resolved.value);
    finding.expected = QCoreApplication::translate("Validation", "an odd number");
    finding.member = m_path.member(resolved);
    finding.location = resolved.location;
    return finding;
}

QList<QList<QuickFixEdit>> OddCheck::computeFix(const RuleFix &fix,
                                                const ValidationContext &context,
                                                const NodeTemplate &subject) const
{
    const RulePath::Resolved resolved = m_path.resolve(context, subject);
    const std::optional<qint64> count = integer(resolved.value);
    if (!count)
        return {};
    // The bounds the new count must respect, so that the fix adds no scalable error.
    qint64 low = 1;
    qint64 high = std::numeric_limits<qint64>::max();
    std::optional<RulePath::Resolved> minResolved;
    std::optional<RulePath::Resolved> maxResolved;
    if (fix.minPath()) {
        minResolved = fix.minPath()->resolve(context, subject);
        if (const std::optional<qint64> bound = integer(minResolved->value))
            low = qMax(low, *bound);
    }
    if (fix.maxPath()) {
        maxResolved = fix.maxPath()->resolve(context, subject);
        if (const std::optional<qint64> bound = integer(maxResolved->value))
            high = *bound;
    }
    const auto set = [&](const RulePath &path,
                         const RulePath::Resolved &where,
                         qint64 number,
                         QList<QuickFixEdit> *edits) {
        const std::optional<QuickFixEdit> edit
            = path.setEdit(subject, where, Value::scalar(QString::number(number)));
        if (!edit)
            return false;
        edits->append(*edit);
        return true;
    };

    const QList<qint64> candidates = nearestOdd(*count);
    QList<QList<QuickFixEdit>> fixes;
    for (qint64 candidate : candidates) {
        QList<QuickFixEdit> edits;
        if (candidate >= low && candidate <= high && set(m_path, resolved, candidate, &edits))
            fixes.append(edits);
    }
    if (!fixes.isEmpty())
        return fixes;
    // No odd count fits the bounds (min = max = 4): move the bound that is in the way too.
    const qint64 target = candidates.first();
    QList<QuickFixEdit> edits;
    if (!set(m_path, resolved, target, &edits))
        return {};
    if (target < low && minResolved && !set(*fix.minPath(), *minResolved, target, &edits))
        return {};
    if (target > high && maxResolved && !set(*fix.maxPath(), *maxResolved, target, &edits))
        return {};
    return {edits};
}

} // namespace Topologist
