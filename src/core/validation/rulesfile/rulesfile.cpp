// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulesfile.h"

#include "catalog/catalogentry.h"
#include "types/typeregistry.h"
#include "validation/rulesfile/rulesyntax.h"
#include "yaml/yamlvaluereader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

std::optional<Severity> readSeverity(const Value &severity, RuleSyntax &syntax)
{
    const QString text = severity.isScalar() ? severity.text().trimmed() : QString();
    if (text == QLatin1String("error"))
        return Severity::Error;
    if (text == QLatin1String("warning"))
        return Severity::Warning;
    if (text == QLatin1String("info"))
        return Severity::Info;
    syntax.error(RuleSyntax::badSeverityCode(),
                 severity.location(),
                 Tr::tr("severity must be error, warning or info, not '%1'")
                     .arg(severity.toDisplayString()));
    return std::nullopt;
}

RuleSubject readSubject(const Value &rule, RuleSyntax &syntax)
{
    QList<RuleSubject::Step> steps;
    if (const Value *subject = rule.find(QStringLiteral("subject"))) {
        const std::optional<QStringList> texts
            = syntax.names(*subject, QStringLiteral("subject"), RuleSyntax::badSubjectCode());
        for (int i = 0; texts && i < texts->size(); ++i) {
            const Value &where = subject->isList() ? subject->items()[size_t(i)] : *subject;
            QString why;
            if (std::optional<RuleSubject::Step> step = RuleSubject::parseStep(texts->at(i), &why))
                steps.append(*step);
            else
                syntax.error(RuleSyntax::badSubjectCode(), where.location(), why);
        }
    }
    QStringList subjectTypes;
    if (const Value *subjectType = rule.find(QStringLiteral("subject_type")))
        subjectTypes
            = syntax
                  .names(*subjectType, QStringLiteral("subject_type"), RuleSyntax::badSubjectCode())
                  .value_or(QStringList());
    return RuleSubject(steps, subjectTypes);
}

// A misspelt placeholder would reach users as is.
void checkPlaceholders(const QString &text, const SourceLocation &where, RuleSyntax &syntax)
{
    for (const QString &unknown : DeclarativeRule::unknownPlaceholders(text))
        syntax.error(
            RuleSyntax::badMessageCode(),
            where,
            Tr::tr("unknown placeholder {%1}; the placeholders are {%2}")
                .arg(unknown, DeclarativeRule::placeholders().join(QStringLiteral("}, {"))));
}

QList<RuleFix> readFixes(const Value &fix, const RuleCheck *check, RuleSyntax &syntax)
{
    QList<RuleFix> fixes;
    const std::vector<Value> items = fix.isList() ? fix.items() : std::vector<Value>{fix};
    for (const Value &item : items) {
        std::optional<RuleFix> parsed = RuleFix::parse(item, syntax);
        if (!parsed)
            continue;
        checkPlaceholders(parsed->description(), item.location(), syntax);
        const bool generic
            = parsed->kind() == RuleFix::Kind::Set || parsed->kind() == RuleFix::Kind::Remove;
        if (check && !generic && !check->computes(parsed->kind())) {
            syntax.error(RuleSyntax::badFixCode(),
                         item.location(),
                         Tr::tr("the fix %1 does not go with the check %2")
                             .arg(RuleFix::kindName(parsed->kind()), check->name()));
            continue;
        }
        fixes.append(*parsed);
    }
    return fixes;
}

} // namespace

RulesFile::Rules RulesFile::load(const QString &path, Diagnostics *diagnostics)
{
    Codes codes;
    return read(path, nullptr, diagnostics, &codes);
}

RulesFile::Rules
RulesFile::loadBytes(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics)
{
    Codes codes;
    return read(fileName, &bytes, diagnostics, &codes);
}

RulesFile::Rules RulesFile::loadForArchives(const QList<const CatalogEntry *> &archives,
                                            Diagnostics *diagnostics,
                                            const TypeRegistry *types)
{
    Rules rules;
    Codes codes;
    for (const CatalogEntry *archive : archives) {
        for (const QString &file : archive->rulesFiles) {
            Rules read = RulesFile::read(file, nullptr, diagnostics, &codes);
            std::move(read.begin(), read.end(), std::back_inserter(rules));
        }
    }
    if (!types)
        return rules;
    for (const auto &rule : rules) {
        const QStringList named = rule->nodeTypes() + rule->subject().subjectTypes();
        for (const QString &type : named) {
            if (!types->contains(TypeKind::Node, type))
                diagnostics->append(Diagnostic::warning(
                    RuleSyntax::unknownTypeCode(),
                    rule->location(),
                    Tr::tr("rule %1 names the node type '%2', which neither its archive nor the "
                           "archives it imports declare; the rule never applies")
                        .arg(rule->code(), type)));
        }
    }
    return rules;
}

RulesFile::Rules RulesFile::read(const QString &fileName,
                                 const QByteArray *bytes,
                                 Diagnostics *diagnostics,
                                 Codes *codes)
{
    const qsizetype before = diagnostics->size();
    YamlValueReader reader;
    const Value document = bytes ? reader.read(*bytes, fileName, diagnostics)
                                 : reader.readFile(fileName, diagnostics);
    Rules rules;
    if (document.isNull() && hasErrors(diagnostics->mid(before)))
        return rules; // the reader said why
    // An empty file has no position of its own.
    const SourceLocation top
        = document.location().isValid() ? document.location() : SourceLocation{fileName, 1, 1};
    RuleSyntax syntax(diagnostics);
    const Value version = document.value(QStringLiteral("topologist_rules"));
    if (!document.isMap() || !version.isScalar()
        || version.text().trimmed() != QString::number(FormatVersion)) {
        syntax.error(RuleSyntax::notRulesFileCode(),
                     version.isNull() ? top : version.location(),
                     Tr::tr("not a Topologist rules file of a version this program reads: it must "
                            "start with 'topologist_rules: %1'")
                         .arg(FormatVersion));
        return rules;
    }
    syntax.rejectUnknownKeys(document,
                             {QStringLiteral("topologist_rules"),
                              QStringLiteral("description"),
                              QStringLiteral("rules")},
                             Tr::tr("a rules file"));
    const Value list = document.value(QStringLiteral("rules"));
    if (!list.isList()) {
        syntax.error(RuleSyntax::notRulesFileCode(),
                     list.isNull() ? top : list.location(),
                     Tr::tr("'rules' must be a list of rules"));
        return rules;
    }
    for (const Value &item : list.items()) {
        if (std::unique_ptr<DeclarativeRule> rule = readRule(item, syntax, codes))
            rules.push_back(std::move(rule));
    }
    return rules;
}

QString RulesFile::readCode(const Value &code, RuleSyntax &syntax, Codes *codes)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    std::optional<QString> text
        = syntax.text(code, QStringLiteral("code"), RuleSyntax::missingFieldCode());
    if (!text)
        return QString();
    if (!pattern.match(*text).hasMatch()) {
        syntax.error(RuleSyntax::missingFieldCode(),
                     code.location(),
                     Tr::tr("the code '%1' must be letters, digits, '-', '_' and '.', "
                            "starting with a letter (e.g. ACME-DB-001)")
                         .arg(*text));
        return QString();
    }
    if (codes->contains(*text)) {
        syntax.error(RuleSyntax::duplicateCodeCode(),
                     code.location(),
                     Tr::tr("the code %1 is already used by the rule at %2; codes must be "
                            "unique")
                         .arg(*text, codes->value(*text).toString()));
        return QString();
    }
    codes->insert(*text, code.location());
    return *text;
}

std::unique_ptr<DeclarativeRule>
RulesFile::readRule(const Value &rule, RuleSyntax &syntax, Codes *codes)
{
    if (!rule.isMap()) {
        syntax.error(
            RuleSyntax::missingFieldCode(), rule.location(), Tr::tr("a rule must be a mapping"));
        return nullptr;
    }
    const int errorsBefore = syntax.errorCount();
    syntax.rejectUnknownKeys(rule,
                             {QStringLiteral("code"),
                              QStringLiteral("severity"),
                              QStringLiteral("title"),
                              QStringLiteral("description"),
                              QStringLiteral("node_type"),
                              QStringLiteral("subject"),
                              QStringLiteral("subject_type"),
                              QStringLiteral("check"),
                              QStringLiteral("message"),
                              QStringLiteral("fix")},
                             Tr::tr("a rule"));
    const auto field = [&](const char *key) -> const Value * {
        const Value *value = rule.find(QLatin1String(key));
        if (!value)
            syntax.error(RuleSyntax::missingFieldCode(),
                         rule.location(),
                         Tr::tr("the rule has no '%1'").arg(QLatin1String(key)));
        return value;
    };
    const auto optionalText = [&](const char *key) {
        const Value *value = rule.find(QLatin1String(key));
        return value ? syntax.text(*value, QLatin1String(key), RuleSyntax::missingFieldCode())
                           .value_or(QString())
                     : QString();
    };

    DeclarativeRule::Definition definition;
    definition.location = rule.location();

    // The code first, so that a duplicate is reported even when the rule is broken otherwise.
    if (const Value *code = field("code"))
        definition.code = readCode(*code, syntax, codes);

    if (const Value *severity = field("severity")) {
        if (const std::optional<Severity> level = readSeverity(*severity, syntax))
            definition.severity = *level;
    }

    definition.title = optionalText("title");
    definition.description = optionalText("description");

    if (const Value *nodeType = field("node_type"))
        definition.nodeTypes
            = syntax.names(*nodeType, QStringLiteral("node_type"), RuleSyntax::missingFieldCode())
                  .value_or(QStringList());
    definition.subject = readSubject(rule, syntax);

    if (const Value *check = field("check"))
        definition.check = RuleCheck::parse(*check, syntax);

    if (const Value *message = field("message")) {
        if (std::optional<QString> text
            = syntax.text(*message, QStringLiteral("message"), RuleSyntax::missingFieldCode())) {
            checkPlaceholders(*text, message->location(), syntax);
            definition.message = *text;
        }
    }

    if (const Value *fix = rule.find(QStringLiteral("fix")))
        definition.fixes = readFixes(*fix, definition.check.get(), syntax);

    if (syntax.errorCount() != errorsBefore)
        return nullptr;
    return std::make_unique<DeclarativeRule>(std::move(definition));
}

} // namespace Topologist
