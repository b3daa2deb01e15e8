// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette/typematcher.h"

#include <QList>

namespace Topologist {

namespace {

/// Where the camel-case words of a name start: "MarathonLB" -> 0 (Marathon), 8 (L), 9 (B);
/// "Container.Runtime" -> 0, 10. Digits and separators start words too.
QList<int> wordStarts(const QString &name)
{
    QList<int> starts;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber())
            continue;
        if (i == 0) {
            starts.append(i);
            continue;
        }
        const QChar previous = name.at(i - 1);
        if (!previous.isLetterOrNumber() || (c.isUpper() && !previous.isUpper())
            || (c.isUpper() && previous.isUpper()) || (c.isDigit() && !previous.isDigit()))
            starts.append(i);
    }
    return starts;
}

bool humps(const QString &word, int w, const QString &name, int at, const QList<int> &starts)
{
    if (w == word.size())
        return true;
    // Continue the current word...
    if (at > 0 && at < name.size() && name.at(at).toLower() == word.at(w) && !starts.contains(at)
        && humps(word, w + 1, name, at + 1, starts))
        return true;
    // ...or jump to the start of a later one.
    for (int start : starts) {
        if (start < at)
            continue;
        if (name.at(start).toLower() == word.at(w) && humps(word, w + 1, name, start + 1, starts))
            return true;
    }
    return false;
}

} // namespace

TypeMatcher::TypeMatcher(const QString &query)
{
    m_words = query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool TypeMatcher::matchesHumps(const QString &word, const QString &name)
{
    if (word.isEmpty())
        return true;
    return humps(word, 0, name, 0, wordStarts(name));
}

int TypeMatcher::score(const QString &shortName,
                       const QString &fullName,
                       const QString &description) const
{
    int worst = 0;
    for (const QString &word : m_words) {
        int best;
        if (shortName.startsWith(word, Qt::CaseInsensitive))
            best = 0;
        else if (matchesHumps(word, shortName))
            best = 1;
        else if (shortName.contains(word, Qt::CaseInsensitive))
            best = 2;
        else if (fullName.contains(word, Qt::CaseInsensitive))
            best = 3;
        else if (description.contains(word, Qt::CaseInsensitive))
            best = 4;
        else
            return -1;
        worst = qMax(worst, best);
    }
    return worst;
}

} // namespace Topologist
