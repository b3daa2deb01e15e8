// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudparsingerror.h"

#include <tuple>

namespace Topologist {

namespace {

Severity levelFromString(const QString &level)
{
    if (level == QLatin1String("WARNING"))
        return Severity::Warning;
    if (level == QLatin1String("INFO"))
        return Severity::Info;
    // An unknown level is shown as an error rather than hidden among infos.
    return Severity::Error;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

Alien4CloudParsingError Alien4CloudParsingError::fromJson(const QJsonObject &object,
                                                          const QString &fileName)
{
    Alien4CloudParsingError error;
    error.level = levelFromString(object.value(QLatin1String("errorLevel")).toString());
    error.errorCode = text(object.value(QLatin1String("errorCode")));
    error.context = text(object.value(QLatin1String("context")));
    error.problem = text(object.value(QLatin1String("problem")));
    error.note = text(object.value(QLatin1String("note")));
    error.fileName = fileName;
    const QJsonObject start = object.value(QLatin1String("startMark")).toObject();
    error.startLine = start.value(QLatin1String("line")).toInt();
    error.startColumn = start.value(QLatin1String("column")).toInt();
    const QJsonObject end = object.value(QLatin1String("endMark")).toObject();
    error.endLine = end.value(QLatin1String("line")).toInt();
    error.endColumn = end.value(QLatin1String("column")).toInt();
    return error;
}

Diagnostic Alien4CloudParsingError::toDiagnostic() const
{
    QString message = problem.isEmpty() ? context : problem;
    if (!note.isEmpty())
        message += QStringLiteral(" (") + note + QLatin1Char(')');
    return Diagnostic{level, errorCode, SourceLocation{fileName, startLine, startColumn}, message};
}

QString Alien4CloudParsingError::toString() const
{
    return toDiagnostic().toString();
}

bool operator<(const Alien4CloudParsingError &a, const Alien4CloudParsingError &b)
{
    return std::make_tuple(static_cast<int>(a.level), a.fileName, a.startLine, a.startColumn)
           < std::make_tuple(static_cast<int>(b.level), b.fileName, b.startLine, b.startColumn);
}

} // namespace Topologist
