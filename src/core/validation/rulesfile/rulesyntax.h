// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/diagnostic.h"
#include "validation/rulesfile/rulepath.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

/// Reports what is wrong in a rules file as located diagnostics, and reads the small value
/// shapes every part of a rule uses (plain values, paths, lists of names).
///
/// It counts the errors it reports, so that a parser can tell whether the rule it is reading
/// is broken (and must be skipped) without threading a flag through every helper.
class RuleSyntax
{
public:
    // Diagnostic codes of rules files; documented in resources/types/README.md.
    static QString notRulesFileCode() { return QStringLiteral("TOPO-RULES-001"); }
    static QString missingFieldCode() { return QStringLiteral("TOPO-RULES-002"); }
    static QString duplicateCodeCode() { return QStringLiteral("TOPO-RULES-003"); }
    static QString badCheckCode() { return QStringLiteral("TOPO-RULES-004"); }
    static QString badPathCode() { return QStringLiteral("TOPO-RULES-005"); }
    static QString badSubjectCode() { return QStringLiteral("TOPO-RULES-006"); }
    static QString badFixCode() { return QStringLiteral("TOPO-RULES-007"); }
    static QString unknownKeyCode() { return QStringLiteral("TOPO-RULES-008"); }
    static QString badSeverityCode() { return QStringLiteral("TOPO-RULES-009"); }
    static QString unknownTypeCode() { return QStringLiteral("TOPO-RULES-010"); }
    static QString badMessageCode() { return QStringLiteral("TOPO-RULES-011"); }

    explicit RuleSyntax(Diagnostics *diagnostics);

    void error(const QString &code, const SourceLocation &where, const QString &message);
    void warning(const QString &code, const SourceLocation &where, const QString &message);
    int errorCount() const { return m_errors; }

    /// The text of a plain (non-empty) value; reports `code` and returns nullopt otherwise.
    std::optional<QString> text(const Value &value, const QString &what, const QString &code);
    /// A value path (see RulePath).
    std::optional<RulePath> path(const Value &value);
    /// One name or a list of names.
    std::optional<QStringList> names(const Value &value, const QString &what, const QString &code);
    /// Reports every key of `map` not in `known` as an error.
    void rejectUnknownKeys(const Value &map, const QStringList &known, const QString &where);

private:
    Diagnostics *m_diagnostics;
    int m_errors = 0;
};

} // namespace Topologist
