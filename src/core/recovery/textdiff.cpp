// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/textdiff.h"

#include <QVector>

#include <algorithm>

namespace Topologist {

namespace {

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TextDiff::TextDiff(const QString &before, const QString &after)
{
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    // Common prefix and suffix first: a recovered topology usually differs in a few places, so
    // the quadratic table only covers the middle.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    QVector<int> table((n + 1) * (m + 1), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & {
        return table[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                      : qMax(at(i + 1, j), at(i, j + 1));
    }
    for (qsizetype k = 0; k < prefix; ++k)
        m_lines.append({Kind::Same, a[k]});
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
            m_lines.append({Kind::Same, a[prefix + i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            // Removals before additions, as diff(1) shows a replaced line.
            m_lines.append({Kind::Removed, a[prefix + i++]});
        } else {
            m_lines.append({Kind::Added, b[prefix + j++]});
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        m_lines.append({Kind::Same, a[k]});
}

bool TextDiff::isEmpty() const
{
    return std::all_of(
        m_lines.cbegin(), m_lines.cend(), [](const Line &line) { return line.kind == Kind::Same; });
}

QString TextDiff::toText(int context) const
{
    // Distance of each line to the nearest change, to fold long unchanged runs.
    const qsizetype count = m_lines.size();
    QVector<qsizetype> distance(count, count);
    qsizetype last = -count;
    for (qsizetype k = 0; k < count; ++k) {
        if (m_lines[k].kind != Kind::Same)
            last = k;
        distance[k] = k - last;
    }
    last = 2 * count;
    for (qsizetype k = count - 1; k >= 0; --k) {
        if (m_lines[k].kind != Kind::Same)
            last = k;
        distance[k] = qMin(distance[k], last - k);
    }
    QString text;
    bool folded = false;
    for (qsizetype k = 0; k < count; ++k) {
        const Line &line = m_lines[k];
        if (line.kind == Kind::Same && distance[k] > context) {
            if (!folded)
                text += QStringLiteral("  …\n");
            folded = true;
            continue;
        }
        folded = false;
        const QString mark
            = line.kind == Kind::Same
                  ? QStringLiteral("  ")
                  : (line.kind == Kind::Added ? QStringLiteral("+ ") : QStringLiteral("- "));
        text += mark + line.text + QLatin1Char('\n');
    }
    return text;
}

} // namespace Topologist
