// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"
#include "validation/rulesfile/declarativerule.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Topologist {

class RuleSyntax;
class TypeRegistry;
struct CatalogEntry;

/// Reads declarative validation rules: the `rules/*.yml` files a type archive ships next to
/// its definitions (format documented in resources/types/README.md).
///
/// Everything wrong in a rules file is a Diagnostic with its file, line and column; a rule with
/// an error is skipped and the others are kept, so a typo in a user's rule never stops the
/// validator. The result is a list of rules to add to a Validator.
class RulesFile
{
public:
    using Rules = std::vector<std::unique_ptr<DeclarativeRule>>;

    /// The value of `topologist_rules:` this version reads.
    static constexpr int FormatVersion = 1;

    static Rules load(const QString &path, Diagnostics *diagnostics);
    /// Parses `bytes`, naming them `fileName` in diagnostics.
    static Rules
    loadBytes(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics);
    /// The rules of every archive a topology depends on (LoadedTopology::dependencies), with
    /// codes unique across all of them. Given the topology's types, also warns about rules whose
    /// node types none of the archives declare (a typo there would silently disable the rule).
    static Rules loadForArchives(const QList<const CatalogEntry *> &archives,
                                 Diagnostics *diagnostics,
                                 const TypeRegistry *types = nullptr);

private:
    /// Rule codes already taken, with where.
    using Codes = QHash<QString, SourceLocation>;

    /// Reads one file (or `bytes` when given) into rules.
    static Rules
    read(const QString &fileName, const QByteArray *bytes, Diagnostics *diagnostics, Codes *codes);
    static std::unique_ptr<DeclarativeRule>
    readRule(const Value &rule, RuleSyntax &syntax, Codes *codes);
    /// The rule's code once it is well formed and not yet taken, else empty.
    static QString readCode(const Value &code, RuleSyntax &syntax, Codes *codes);
};

} // namespace Topologist
