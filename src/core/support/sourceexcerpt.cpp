// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sourceexcerpt.h"

#include <optional>

namespace Topologist {

namespace {

/// Characters of a line shown at most; a longer line shows the part around the column.
constexpr int widest = 100;

/// Line `line` (from 1) of `text` without its line break, or nothing when there is none.
std::optional<QString> lineAt(const QByteArray &text, int line)
{
    qsizetype start = 0;
    for (int i = 1; i < line; ++i) {
        start = text.indexOf('\n', start);
        if (start < 0)
            return std::nullopt;
        ++start;
    }
    if (start >= text.size())
        return std::nullopt;
    qsizetype end = text.indexOf('\n', start);
    if (end < 0)
        end = text.size();
    QString result = QString::fromUtf8(text.mid(start, end - start));
    if (result.endsWith(QLatin1Char('\r')))
        result.chop(1);
    return result;
}

} // namespace

QString SourceExcerpt::of(const QByteArray &text, int line, int column)
{
    const std::optional<QString> full = line >= 1 ? lineAt(text, line) : std::nullopt;
    if (!full)
        return QString();
    QString at = *full;
    // The caret copies the line's tabs so that it lines up under any tab width.
    int caret = qBound(0, column - 1, int(at.size()));
    if (at.size() > widest) {
        const int from = qBound(0, caret - widest / 2, int(at.size()) - widest);
        at = at.mid(from, widest);
        caret -= from;
        if (from > 0)
            at.replace(0, 1, QChar(0x2026)); // …
        if (from + widest < full->size())
            at.replace(at.size() - 1, 1, QChar(0x2026));
    }
    const QString number = QString::number(line);
    const int gutter = int(number.size());
    QString excerpt;
    if (line > 1) {
        QString before = lineAt(text, line - 1).value_or(QString());
        if (before.size() > widest)
            before = before.left(widest - 1) + QChar(0x2026);
        excerpt += QString::number(line - 1).rightJustified(gutter) + QStringLiteral(" | ") + before
                   + QLatin1Char('\n');
    }
    excerpt += number + QStringLiteral(" | ") + at;
    if (column > 0) {
        QString pad;
        for (int i = 0; i < caret; ++i)
            pad += at[i] == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' ');
        excerpt += QLatin1Char('\n') + QString(gutter, QLatin1Char(' ')) + QStringLiteral(" | ")
                   + pad + QLatin1Char('^');
    }
    return excerpt;
}

} // namespace Topologist
