// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/valuetext.h"

#include <QStringList>

namespace Topologist {

bool ValueText::isInline(const Value &value)
{
    return value.isScalar() || value.isFunction() || value.isNull()
           || (value.isMap() && value.entries().empty())
           || (value.isList() && value.items().empty());
}

void ValueText::append(const Value &value, int indent, QStringList *lines)
{
    const QString pad(indent, QLatin1Char(' '));
    if (isInline(value)) {
        lines->append(pad + value.toDisplayString());
        return;
    }
    if (value.isList()) {
        for (const Value &item : value.items()) {
            if (isInline(item)) {
                lines->append(pad + QStringLiteral("- ") + item.toDisplayString());
            } else {
                lines->append(pad + QLatin1Char('-'));
                append(item, indent + 2, lines);
            }
        }
        return;
    }
    for (const Value::Entry &entry : value.entries()) {
        if (isInline(entry.value)) {
            lines->append(pad + entry.key + QStringLiteral(": ") + entry.value.toDisplayString());
        } else {
            lines->append(pad + entry.key + QLatin1Char(':'));
            append(entry.value, indent + 2, lines);
        }
    }
}

QString ValueText::block(const Value &value)
{
    if (value.isNull())
        return QString();
    QStringList lines;
    append(value, 0, &lines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Topologist
