// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/oneofcheck.h"

#include "types/toscaversion.h"
#include "validation/rulesfile/rulesyntax.h"

#include <QCoreApplication>

namespace Topologist {

std::unique_ptr<RuleCheck> OneOfCheck::parse(const Value &argument, RuleSyntax &syntax)
{
    if (!argument.isList() || argument.items().empty()) {
        syntax.error(RuleSyntax::badCheckCode(),
                     argument.location(),
                     QCoreApplication::translate("Validation",
                                                 "one_of needs a non-empty list of alternatives, "
                                                 "each a mapping {<path>: <value>, ...}"));
        return nullptr;
    }
    QList<Alternative> alternatives;
    bool ok = true;
    for (const Value &item : argument.items()) {
        if (!item.isMap() || item.entries().empty()) {
            syntax.error(RuleSyntax::badCheckCode(),
                         item.location(),
                         QCoreApplication::translate("Validation",
                                                     "an alternative of one_of must be a mapping "
                                                     "{<path>: <value>, ...}"));
            ok = false;
            continue;
        }
        Alternative alternative;
        for (const Value::Entry &entry : item.entries()) {
            QString why;
            std::optional<RulePath> path = RulePath::parse(entry.key, &why);
            if (!path) {
                syntax.error(RuleSyntax::badPathCode(), entry.keyLocation, why);
                ok = false;
                continue;
            }
            if (!entry.value.isScalar()) {
                syntax.error(RuleSyntax::badCheckCode(),
                             entry.value.location(),
                             QCoreApplication::translate("Validation",
                                                         "the value of '%1' must be a plain value")
                                 .arg(entry.key));
                ok = false;
                continue;
            }
            alternative.append({*path, entry.value});
        }
        alternatives.append(alternative);
    }
    if (!ok)
        return nullptr;
    return std::make_unique<OneOfCheck>(std::move(alternatives));
}

OneOfCheck::OneOfCheck(QList<Alternative> alternatives)
    : m_alternatives(std::move(alternatives))
{}

bool OneOfCheck::matches(const RulePath::Resolved &actual, const Value &expected)
{
    if (!actual.value.isScalar())
        return false;
    const QString text = actual.value.text().trimmed();
    if (actual.propertyType == QLatin1String("version") && ToscaVersion::isValid(text)
        && ToscaVersion::isValid(expected.text()))
        return ToscaVersion(text).matchesPrefix(ToscaVersion(expected.text()));
    return text == expected.text().trimmed();
}

std::optional<QHash<QString, RulePath::Resolved>>
OneOfCheck::resolveAll(const ValidationContext &context, const NodeTemplate &subject) const
{
    QHash<QString, RulePath::Resolved> values;
    for (const Alternative &alternative : m_alternatives) {
        for (const auto &[path, expected] : alternative) {
            if (values.contains(path.text()))
                continue;
            const RulePath::Resolved resolved = path.resolve(context, subject);
            if (resolved.value.containsFunction())
                return std::nullopt;
            values.insert(path.text(), resolved);
        }
    }
    return values;
}

int OneOfCheck::nearest(const QHash<QString, RulePath::Resolved> &values) const
{
    int best = 0;
    int bestMatches = -1;
    for (int i = 0; i < m_alternatives.size(); ++i) {
        int matched = 0;
        for (const auto &[path, expected] : m_alternatives[i]) {
            if (matches(values.value(path.text()), expected))
                ++matched;
        }
        if (matched == m_alternatives[i].size())
            return -1;
        if (matched > bestMatches) {
            best = i;
            bestMatches = matched;
        }
    }
    return best;
}

std::optional<RuleFinding> OneOfCheck::evaluate(const ValidationContext &context,
                                                const NodeTemplate &subject) const
{
    const std::optional<QHash<QString, RulePath::Resolved>> values = resolveAll(context, subject);
    if (!values)
        return std::nullopt;
    const int best = nearest(*values);
    if (best < 0)
        return std::nullopt;

    RuleFinding finding;
    QStringList shown;
    for (const auto &[path, expected] : m_alternatives[best]) {
        const RulePath::Resolved actual = values->value(path.text());
        shown << (actual.value.isNull()
                      ? QCoreApplication::translate("Validation", "(%1 unset)").arg(path.property())
                      : actual.value.toDisplayString());
        if (finding.member.isEmpty() && !matches(actual, expected)) {
            finding.member = path.member(actual);
            finding.location = actual.location;
        }
    }
    finding.value = shown.join(QLatin1Char(' '));
    QStringList accepted;
    for (const Alternative &alternative : m_alternatives) {
        QStringList parts;
        for (const auto &[path, expected] : alternative)
            parts << expected.text();
        accepted << parts.join(QLatin1Char(' '));
    }
    const QString last = accepted.takeLast();
    finding.expected = accepted.isEmpty() ? last
                                          : QCoreApplication::translate("Validation", "%1 or %2")
                                                .arg(accepted.join(QStringLiteral(", ")), last);
    return finding;
}

QList<QList<QuickFixEdit>> OneOfCheck::computeFix(const RuleFix &fix,
                                                  const ValidationContext &context,
                                                  const NodeTemplate &subject) const
{
    Q_UNUSED(fix)
    const std::optional<QHash<QString, RulePath::Resolved>> values = resolveAll(context, subject);
    if (!values)
        return {};
    const int best = nearest(*values);
    if (best < 0)
        return {};
    QList<QuickFixEdit> edits;
    for (const auto &[path, expected] : m_alternatives[best]) {
        const RulePath::Resolved actual = values->value(path.text());
        if (matches(actual, expected))
            continue;
        const std::optional<QuickFixEdit> edit = path.setEdit(subject, actual, expected);
        if (!edit)
            return {};
        edits.append(*edit);
    }
    return {edits};
}

} // namespace Topologist
