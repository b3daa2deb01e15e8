// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulefix.h"

#include "model/nodetemplate.h"
#include "validation/rulesfile/rulecheck.h"
#include "validation/rulesfile/rulesyntax.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "Validation" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

const QStringList &kindNames()
{
    static const QStringList names{QStringLiteral("set"),
                                   QStringLiteral("remove"),
                                   QStringLiteral("nearest_odd"),
                                   QStringLiteral("pin_to"),
                                   QStringLiteral("closest"),
                                   QStringLiteral("connect")};
    return names;
}

bool reportBadFix(RuleSyntax &syntax, const SourceLocation &where, const QString &message)
{
    syntax.error(RuleSyntax::badFixCode(), where, message);
    return false;
}

} // namespace

QString RuleFix::kindName(Kind kind)
{
    return kindNames().at(int(kind));
}

std::optional<RuleFix> RuleFix::parse(const Value &value, RuleSyntax &syntax)
{
    const auto fail = [&](const SourceLocation &where, const QString &message) {
        reportBadFix(syntax, where, message);
        return std::nullopt;
    };
    RuleFix fix;
    Value argument;
    QString keyword;
    SourceLocation keywordLocation = value.location();
    if (value.isScalar()) {
        keyword = value.text().trimmed();
    } else if (value.isMap()) {
        for (const Value::Entry &entry : value.entries()) {
            if (entry.key == QLatin1String("description")) {
                const std::optional<QString> description = syntax.text(
                    entry.value, QStringLiteral("description"), RuleSyntax::badFixCode());
                if (!description)
                    return std::nullopt;
                fix.m_description = *description;
            } else if (keyword.isEmpty()) {
                keyword = entry.key;
                keywordLocation = entry.keyLocation;
                argument = entry.value;
            } else {
                return fail(entry.keyLocation,
                            Tr::tr("a fix does one thing; write several fixes as a list"));
            }
        }
    }
    if (keyword.isEmpty())
        return fail(value.location(),
                    Tr::tr("a fix is a keyword (closest, connect, nearest_odd) or a "
                           "mapping such as {set: {<path>: <value>}}"));
    const int kind = int(kindNames().indexOf(keyword));
    if (kind < 0)
        return fail(keywordLocation,
                    Tr::tr("unknown fix '%1'; the fixes are: %2")
                        .arg(keyword, kindNames().join(QStringLiteral(", "))));
    fix.m_kind = Kind(kind);

    const int errorsBefore = syntax.errorCount();
    if (!fix.readArgument(argument, syntax) || syntax.errorCount() != errorsBefore)
        return std::nullopt;
    return fix;
}

bool RuleFix::readArgument(const Value &argument, RuleSyntax &syntax)
{
    switch (m_kind) {
    case Kind::Set:
        if (!argument.isMap() || argument.entries().empty())
            return reportBadFix(
                syntax, argument.location(), Tr::tr("set needs a mapping {<path>: <value>, ...}"));
        for (const Value::Entry &entry : argument.entries()) {
            QString why;
            std::optional<RulePath> path = RulePath::parse(entry.key, &why);
            if (!path)
                syntax.error(RuleSyntax::badPathCode(), entry.keyLocation, why);
            else if (!entry.value.isScalar())
                syntax.error(RuleSyntax::badFixCode(),
                             entry.value.location(),
                             Tr::tr("set writes plain values only"));
            else
                m_assignments.append({*path, entry.value});
        }
        break;
    case Kind::Remove: {
        const std::vector<Value> items
            = argument.isList() ? argument.items() : std::vector<Value>{argument};
        for (const Value &item : items) {
            if (std::optional<RulePath> path = syntax.path(item))
                m_removals.append(*path);
        }
        break;
    }
    case Kind::NearestOdd:
        if (argument.isMap()) {
            syntax.rejectUnknownKeys(argument,
                                     {QStringLiteral("min"), QStringLiteral("max")},
                                     QStringLiteral("nearest_odd"));
            if (argument.contains(QStringLiteral("min")))
                m_min = syntax.path(argument.value(QStringLiteral("min")));
            if (argument.contains(QStringLiteral("max")))
                m_max = syntax.path(argument.value(QStringLiteral("max")));
        } else if (!argument.isNull()) {
            return reportBadFix(syntax,
                                argument.location(),
                                Tr::tr("nearest_odd takes nothing or {min: <path>, max: <path>}"));
        }
        break;
    case Kind::PinTo:
        m_pin = syntax.path(argument);
        break;
    case Kind::Closest:
        break;
    case Kind::Connect:
        if (argument.isNull() || argument.text() == QLatin1String("same_compute"))
            m_scope = Scope::SameCompute;
        else if (argument.text() == QLatin1String("any"))
            m_scope = Scope::Any;
        else
            return reportBadFix(syntax,
                                argument.location(),
                                Tr::tr("connect takes same_compute (the default) or any"));
        break;
    }
    return true;
}

QuickFixes RuleFix::build(const RuleCheck &check,
                          const ValidationContext &context,
                          const NodeTemplate &subject) const
{
    QList<QList<QuickFixEdit>> editLists;
    switch (m_kind) {
    case Kind::Set: {
        QList<QuickFixEdit> edits;
        for (const auto &[path, value] : m_assignments) {
            const std::optional<QuickFixEdit> edit
                = path.setEdit(subject, path.resolve(context, subject), value);
            if (!edit)
                return {};
            edits.append(*edit);
        }
        editLists.append(edits);
        break;
    }
    case Kind::Remove: {
        QList<QuickFixEdit> edits;
        for (const RulePath &path : m_removals) {
            if (std::optional<QuickFixEdit> edit
                = path.removeEdit(subject, path.resolve(context, subject)))
                edits.append(*edit);
        }
        if (!edits.isEmpty())
            editLists.append(edits);
        break;
    }
    default:
        editLists = check.computeFix(*this, context, subject);
        break;
    }
    QuickFixes fixes;
    for (const QList<QuickFixEdit> &edits : editLists) {
        if (edits.isEmpty())
            continue;
        fixes.append({describe(subject.name, edits), edits});
    }
    return fixes;
}

QString RuleFix::describe(const QString &node, const QList<QuickFixEdit> &edits)
{
    QStringList parts;
    for (const QuickFixEdit &edit : edits) {
        switch (edit.kind) {
        case QuickFixEdit::Kind::SetProperty:
            parts << Tr::tr("set %1 to %2").arg(edit.property, edit.value.toDisplayString());
            break;
        case QuickFixEdit::Kind::SetCapabilityProperty:
            parts << Tr::tr("set %1 to %2")
                         .arg(edit.capability + QLatin1Char('.') + edit.property,
                              edit.value.toDisplayString());
            break;
        case QuickFixEdit::Kind::RemoveProperty:
            parts << Tr::tr("remove %1").arg(edit.property);
            break;
        case QuickFixEdit::Kind::RemoveCapabilityProperty:
            parts << Tr::tr("remove %1").arg(edit.capability + QLatin1Char('.') + edit.property);
            break;
        case QuickFixEdit::Kind::AddRequirement:
        case QuickFixEdit::Kind::SetRequirement:
            parts << Tr::tr("connect %1 to %2").arg(edit.requirement.name, edit.requirement.node);
            break;
        default:
            break;
        }
    }
    return Tr::tr("On %1: %2").arg(node, parts.join(QStringLiteral(", ")));
}

} // namespace Topologist
