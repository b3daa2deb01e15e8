// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// How the palette's search box matches a type: every word of the query must be found, either
/// as a case-insensitive substring of the short name, the full name or the description, or as
/// the initials of the short name's camel-case words ("msl" finds MesosSlave, "mlb"
/// MarathonLB). The score orders matches: name prefixes first, description hits last.
class TypeMatcher
{
public:
    explicit TypeMatcher(const QString &query = QString());

    bool isEmpty() const { return m_words.isEmpty(); }
    /// -1 when the type does not match; otherwise lower is better.
    int score(const QString &shortName, const QString &fullName, const QString &description) const;
    bool
    matches(const QString &shortName, const QString &fullName, const QString &description) const
    {
        return score(shortName, fullName, description) >= 0;
    }

    /// True when `word` (lower case) can be spelled by taking, in order, a prefix of each of
    /// some of `name`'s camel-case words ("msl" in "MesosSlave": M+S+l).
    static bool matchesHumps(const QString &word, const QString &name);

private:
    QStringList m_words;
};

} // namespace Topologist
