// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/oneofcheck.h"

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
    QList<RulePath> paths;
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
            Expected expected;
            expected.path = 0;
            while (expected.path < paths.size() && paths[expected.path].text() != path->text())
                ++expected.path;
            if (expected.path == paths.size())
                paths.append(*path);
            expected.value = entry.value;
            if (ToscaVersion::isValid(entry.value.text()))
                expected.version = ToscaVersion(entry.value.text());
            alternative.append(expected);
        }
        alternatives.append(alternative);
    }
    if (!ok)
        return nullptr;
    return std::make_unique<OneOfCheck>(std::move(paths), std::move(alternatives));
}

OneOfCheck::OneOfCheck(QList<RulePath> paths, QList<Alternative> alternatives)
    : m_paths(std::move(paths))
    , m_alternatives(std::move(alternatives))
{}

bool OneOfCheck::matches(const Actual &actual, const Expected &expected)
{
    if (!actual.resolved.value.isScalar())
        return false;
    if (actual.resolved.value.text().trimmed() == expected.value.text().trimmed())
        return true;
    return actual.version && expected.version && actual.version->matchesPrefix(*expected.version);
}

std::optional<QList<OneOfCheck::Actual>> OneOfCheck::resolveAll(const ValidationContext &context,
                                                                const NodeTemplate &subject) const
{
    QList<Actual> values;
    values.reserve(m_paths.size());
    for (const RulePath &path : m_paths) {
        Actual actual{path.resolve(context, subject), std::nullopt};
        const Value &value = actual.resolved.value;
        if (value.containsFunction())
            return std::nullopt;
        if (actual.resolved.propertyType == QLatin1String("version") && value.isScalar()
            && ToscaVersion::isValid(value.text()))
            actual.version = ToscaVersion(value.text());
        values.append(actual);
    }
    return values;
}

int OneOfCheck::nearest(const QList<Actual> &values) const
{
    int best = 0;
    int bestMatches = -1;
    for (int i = 0; i < m_alternatives.size(); ++i) {
        int matched = 0;
        for (const Expected &expected : m_alternatives[i]) {
            if (matches(values[expected.path], expected))
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
    const std::optional<QList<Actual>> values = resolveAll(context, subject);
    if (!values)
        return std::nullopt;
    const int best = nearest(*values);
    if (best < 0)
        return std::nullopt;

    RuleFinding finding;
    QStringList shown;
    for (const Expected &expected : m_alternatives[best]) {
        const Actual &actual = values->at(expected.path);
        const RulePath &path = m_paths[expected.path];
        shown << (actual.resolved.value.isNull()
                      ? QCoreApplication::translate("Validation", "(%1 unset)").arg(path.property())
                      : actual.resolved.value.toDisplayString());
        if (finding.member.isEmpty() && !matches(actual, expected)) {
            finding.member = path.member(actual.resolved);
            finding.location = actual.resolved.location;
        }
    }
    finding.value = shown.join(QLatin1Char(' '));
    QStringList accepted;
    for (const Alternative &alternative : m_alternatives) {
        QStringList parts;
        for (const Expected &expected : alternative)
            parts << expected.value.text();
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
    const std::optional<QList<Actual>> values = resolveAll(context, subject);
    if (!values)
        return {};
    const int best = nearest(*values);
    if (best < 0)
        return {};
    QList<QuickFixEdit> edits;
    for (const Expected &expected : m_alternatives[best]) {
        const Actual &actual = values->at(expected.path);
        if (matches(actual, expected))
            continue;
        const std::optional<QuickFixEdit> edit
            = m_paths[expected.path].setEdit(subject, actual.resolved, expected.value);
        if (!edit)
            return {};
        edits.append(*edit);
    }
    return {edits};
}

} // namespace Topologist
