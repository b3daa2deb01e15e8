// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// A version as TOSCA and Alien4Cloud write them, including package versions such as Mesos's
/// `0.25.0-0.2.70` (upstream 0.25.0, package build 0.2.70) and OS versions such as `14.04`.
///
/// Comparison splits on `.` and `-` and compares numeric segments as numbers, so 0.28.0 <
/// 0.28.1-2.0.20 < 1.4.0 and 14.04 < 14.10. `matchesPrefix` answers "is this a 0.25.0
/// package?" for pins written without the build part.
class ToscaVersion
{
public:
    ToscaVersion() = default;
    explicit ToscaVersion(const QString &text);

    /// Alien4Cloud's VersionUtil pattern: `\d+(?:\.\d+)*(?:[\.-]\p{Alnum}+)*`.
    static bool isValid(const QString &text);
    /// TOSCA Simple Profile's stricter `version` type: major.minor[.fix[.qualifier[-build]]]
    /// (`1.4.0.SNAPSHOT-2`, not Mesos's `0.25.0-0.2.70`); a bare major is taken too, as
    /// tosca-parser does.
    static bool isStandard(const QString &text);

    bool isNull() const { return m_segments.isEmpty(); }
    const QString &text() const { return m_text; }

    /// <0, 0, >0 like strcmp; missing trailing segments count as "older" (0.28 < 0.28.0-1).
    int compare(const ToscaVersion &other) const;
    /// True when every segment of `prefix` equals the corresponding leading segment here:
    /// 0.25.0-0.2.70 matches 0.25.0 and 0.25; 7.2.1511 matches 7.
    bool matchesPrefix(const ToscaVersion &prefix) const;

    friend bool operator<(const ToscaVersion &a, const ToscaVersion &b) { return a.compare(b) < 0; }
    friend bool operator==(const ToscaVersion &a, const ToscaVersion &b)
    {
        return a.compare(b) == 0;
    }

private:
    static int compareSegment(const QString &a, const QString &b);

    QString m_text;
    QStringList m_segments;
};

} // namespace Topologist
