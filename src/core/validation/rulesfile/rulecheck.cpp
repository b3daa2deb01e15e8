// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulecheck.h"

#include "validation/rulesfile/oddcheck.h"
#include "validation/rulesfile/oddrangecheck.h"
#include "validation/rulesfile/oneofcheck.h"
#include "validation/rulesfile/requirescheck.h"
#include "validation/rulesfile/rulesyntax.h"
#include "validation/rulesfile/versioncheck.h"

#include <QCoreApplication>

namespace Topologist {

std::unique_ptr<RuleCheck> RuleCheck::parse(const Value &check, RuleSyntax &syntax)
{
    const QString known = QStringLiteral("odd, odd_range, one_of, version, requires");
    if (!check.isMap() || check.entries().size() != 1) {
        syntax.error(RuleSyntax::badCheckCode(),
                     check.location(),
                     QCoreApplication::translate("Validation",
                                                 "check must be a mapping with exactly one of: %1")
                         .arg(known));
        return nullptr;
    }
    const Value::Entry &entry = check.entries().front();
    if (entry.key == QLatin1String("odd"))
        return OddCheck::parse(entry.value, syntax);
    if (entry.key == QLatin1String("odd_range"))
        return OddRangeCheck::parse(entry.value, syntax);
    if (entry.key == QLatin1String("one_of"))
        return OneOfCheck::parse(entry.value, syntax);
    if (entry.key == QLatin1String("version"))
        return VersionCheck::parse(entry.value, syntax);
    if (entry.key == QLatin1String("requires"))
        return RequiresCheck::parse(entry.value, syntax);
    syntax.error(RuleSyntax::badCheckCode(),
                 entry.keyLocation,
                 QCoreApplication::translate("Validation", "unknown check '%1'; the checks are: %2")
                     .arg(entry.key, known));
    return nullptr;
}

std::optional<qint64> RuleCheck::integer(const Value &value)
{
    if (!value.isScalar())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.text().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QString RuleCheck::display(const Value &value)
{
    return value.isNull() ? QCoreApplication::translate("Validation", "unset")
                          : value.toDisplayString();
}

} // namespace Topologist
