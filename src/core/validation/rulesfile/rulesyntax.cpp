// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulesyntax.h"

#include <QCoreApplication>

namespace Topologist {

RuleSyntax::RuleSyntax(Diagnostics *diagnostics)
    : m_diagnostics(diagnostics)
{}

void RuleSyntax::error(const QString &code, const SourceLocation &where, const QString &message)
{
    ++m_errors;
    m_diagnostics->append(Diagnostic::error(code, where, message));
}

void RuleSyntax::warning(const QString &code, const SourceLocation &where, const QString &message)
{
    m_diagnostics->append(Diagnostic::warning(code, where, message));
}

std::optional<QString>
RuleSyntax::text(const Value &value, const QString &what, const QString &code)
{
    if (value.isScalar() && !value.text().trimmed().isEmpty())
        return value.text().trimmed();
    error(
        code,
        value.location(),
        QCoreApplication::translate("Validation", "%1 must be a plain, non-empty value").arg(what));
    return std::nullopt;
}

std::optional<RulePath> RuleSyntax::path(const Value &value)
{
    const std::optional<QString> written
        = text(value, QStringLiteral("a value path"), badPathCode());
    if (!written)
        return std::nullopt;
    QString why;
    std::optional<RulePath> parsed = RulePath::parse(*written, &why);
    if (!parsed)
        error(badPathCode(), value.location(), why);
    return parsed;
}

std::optional<QStringList>
RuleSyntax::names(const Value &value, const QString &what, const QString &code)
{
    if (value.isScalar()) {
        if (std::optional<QString> single = text(value, what, code))
            return QStringList{*single};
        return std::nullopt;
    }
    if (value.isList() && !value.items().empty()) {
        QStringList list;
        for (const Value &item : value.items()) {
            std::optional<QString> name = text(item, what, code);
            if (!name)
                return std::nullopt;
            list << *name;
        }
        return list;
    }
    error(
        code,
        value.location(),
        QCoreApplication::translate("Validation", "%1 must be a name or a non-empty list of names")
            .arg(what));
    return std::nullopt;
}

void RuleSyntax::rejectUnknownKeys(const Value &map, const QStringList &known, const QString &where)
{
    for (const Value::Entry &entry : map.entries()) {
        if (!known.contains(entry.key))
            error(
                unknownKeyCode(),
                entry.keyLocation,
                QCoreApplication::translate("Validation", "unknown key '%1' in %2; known keys: %3")
                    .arg(entry.key, where, known.join(QStringLiteral(", "))));
    }
}

} // namespace Topologist
