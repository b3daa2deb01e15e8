// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/closenames.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Topologist {

namespace {

QString lastSegment(const QString &name)
{
    return name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
}

} // namespace

int CloseNames::distance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            current[size_t(j)] = std::min({previous[size_t(j)] + 1,
                                           current[size_t(j - 1)] + 1,
                                           previous[size_t(j - 1)] + cost});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QStringList CloseNames::typesLike(const QString &unknown, const QStringList &known, int limit)
{
    // A typo costs an edit or two, more in a long name; the last segment is what people
    // remember of a type, so one that matches it (or nearly) is a likely meaning too.
    const int wholeSlack = qMax(2, int(unknown.size()) / 10);
    const QString unknownLast = lastSegment(unknown);
    const int lastSlack = unknownLast.size() >= 5 ? 2 : unknownLast.size() >= 3 ? 1 : 0;
    std::vector<std::pair<int, QString>> scored;
    for (const QString &name : known) {
        if (name == unknown)
            continue;
        const int whole = distance(unknown, name);
        const int last = distance(unknownLast, lastSegment(name));
        int score = -1;
        if (whole <= wholeSlack)
            score = whole;
        else if (last <= lastSlack)
            score = wholeSlack + 1 + last;
        if (score >= 0)
            scored.emplace_back(score, name);
    }
    std::sort(scored.begin(), scored.end());
    QStringList best;
    for (size_t i = 0; i < scored.size() && best.size() < limit; ++i)
        best << scored[i].second;
    return best;
}

} // namespace Topologist
