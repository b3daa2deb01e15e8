// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/commentplacer.h"

#include "support/diagnostic.h"
#include "yaml/elementlines.h"
#include "yaml/yamlvaluereader.h"

#include <QHash>
#include <QList>

namespace Topologist {

namespace {

QByteArray indentationOf(const QByteArray &line)
{
    int n = 0;
    while (n < line.size() && line[n] == ' ')
        ++n;
    return line.left(n);
}

void appendLines(QByteArray *out, const QByteArray &indent, const QStringList &lines)
{
    for (const QString &line : lines)
        *out += indent + line.toUtf8() + '\n';
}

/// The line of `path`, or of its nearest ancestor the text has: the writer leaves out what only
/// repeats a default (`required: true`), and the comment of such a key stays near it.
int lineOrAncestorLine(const ElementLines &elements, CommentMap::Path path)
{
    while (!path.isEmpty()) {
        if (const int line = elements.lineOf(path))
            return line;
        path.removeLast();
    }
    return 0;
}

} // namespace

QByteArray CommentPlacer::place(const QByteArray &yaml, const CommentMap &comments)
{
    if (comments.isEmpty())
        return yaml;
    Diagnostics diagnostics;
    const ElementLines elements(
        YamlValueReader().read(yaml, QStringLiteral("written"), &diagnostics));
    QHash<int, QStringList> before;
    QHash<int, QString> trailing;
    const auto &map = comments.elements();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const int line = lineOrAncestorLine(elements, it.key());
        if (line == 0)
            continue;
        before[line] += it.value().before;
        if (!it.value().trailing.isEmpty())
            trailing[line] += (trailing[line].isEmpty() ? QString() : QStringLiteral(" "))
                              + it.value().trailing;
    }

    QByteArray out;
    out.reserve(yaml.size() + 80 * map.size());
    if (!comments.header.isEmpty()) {
        appendLines(&out, QByteArray(), comments.header);
        out += '\n';
    }
    QList<QByteArray> lines = yaml.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        appendLines(&out, indentationOf(lines[i]), before.value(number));
        out += lines[i];
        if (trailing.contains(number))
            out += "  " + trailing.value(number).toUtf8();
        out += '\n';
    }
    if (!comments.trailer.isEmpty()) {
        out += '\n';
        appendLines(&out, QByteArray(), comments.trailer);
    }
    return out;
}

} // namespace Topologist
