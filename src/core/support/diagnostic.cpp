// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/diagnostic.h"

#include <QCoreApplication>

namespace Topologist {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString SourceLocation::toString() const
{
    // Without a file, a line number would point nowhere: the value was made in the editor.
    if (file.isEmpty())
        return QStringLiteral("<topology>");
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    return text;
}

QString Diagnostic::toString() const
{
    QString text = location.toString() + QStringLiteral(": ") + severityName(severity)
                   + QStringLiteral(": ");
    if (!code.isEmpty())
        text += QLatin1Char('[') + code + QStringLiteral("] ");
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace Topologist
