// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/versioncheck.h"

#include "validation/rulesfile/rulesyntax.h"

#include <QCoreApplication>

namespace Topologist {

std::unique_ptr<RuleCheck> VersionCheck::parse(const Value &argument, RuleSyntax &syntax)
{
    const QStringList comparisons{
        QStringLiteral("equal"), QStringLiteral("at_least"), QStringLiteral("at_most")};
    if (!argument.isMap() || !argument.contains(QStringLiteral("path"))) {
        syntax.error(RuleSyntax::badCheckCode(),
                     argument.location(),
                     QCoreApplication::translate("Validation",
                                                 "version needs {path: <path>, equal | at_least | "
                                                 "at_most: <version>}"));
        return nullptr;
    }
    const int errorsBefore = syntax.errorCount();
    QStringList known = comparisons;
    known.prepend(QStringLiteral("path"));
    syntax.rejectUnknownKeys(argument, known, QStringLiteral("version"));
    std::optional<RulePath> path = syntax.path(argument.value(QStringLiteral("path")));

    QStringList given;
    for (const QString &comparison : comparisons) {
        if (argument.contains(comparison))
            given << comparison;
    }
    if (given.size() != 1) {
        syntax.error(RuleSyntax::badCheckCode(),
                     argument.location(),
                     QCoreApplication::translate("Validation",
                                                 "version needs exactly one of equal, at_least "
                                                 "and at_most"));
        return nullptr;
    }
    const Value reference = argument.value(given.first());
    if (!reference.isScalar() || !ToscaVersion::isValid(reference.text())) {
        syntax.error(RuleSyntax::badCheckCode(),
                     reference.location(),
                     QCoreApplication::translate("Validation",
                                                 "'%1' is not a version (e.g. 0.28.0 or "
                                                 "0.25.0-0.2.70)")
                         .arg(reference.toDisplayString()));
        return nullptr;
    }
    if (!path || syntax.errorCount() != errorsBefore)
        return nullptr;
    const Comparison comparison = given.first() == QLatin1String("equal")      ? Comparison::Equal
                                  : given.first() == QLatin1String("at_least") ? Comparison::AtLeast
                                                                               : Comparison::AtMost;
    return std::make_unique<VersionCheck>(*path, comparison, ToscaVersion(reference.text()));
}

VersionCheck::VersionCheck(RulePath path, Comparison comparison, ToscaVersion reference)
    : m_path(std::move(path))
    , m_comparison(comparison)
    , m_reference(std::move(reference))
{}

bool VersionCheck::accepts(const std::optional<ToscaVersion> &actual) const
{
    switch (m_comparison) {
    case Comparison::Equal:
        return actual && actual->matchesPrefix(m_reference);
    case Comparison::AtLeast:
        return !actual || actual->compare(m_reference) >= 0;
    case Comparison::AtMost:
        return actual && (actual->compare(m_reference) <= 0 || actual->matchesPrefix(m_reference));
    }
    return false;
}

std::optional<RuleFinding> VersionCheck::evaluate(const ValidationContext &context,
                                                  const NodeTemplate &subject) const
{
    const RulePath::Resolved resolved = m_path.resolve(context, subject);
    std::optional<ToscaVersion> actual;
    if (!resolved.value.isNull()) {
        if (!resolved.value.isScalar() || !ToscaVersion::isValid(resolved.value.text()))
            return std::nullopt;
        actual = ToscaVersion(resolved.value.text());
    }
    if (accepts(actual))
        return std::nullopt;
    RuleFinding finding;
    // Unset is not a missing value here but a choice: the latest version.
    finding.value = actual
                        ? resolved.value.toDisplayString()
                        : QCoreApplication::translate("Validation", "unset (the latest version)");
    finding.expected = m_reference.text();
    finding.member = m_path.member(resolved);
    finding.location = resolved.location;
    return finding;
}

} // namespace Topologist
