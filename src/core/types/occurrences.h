// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <limits>

namespace Topologist {

/// A TOSCA `occurrences: [min, max]` range; `max` may be unbounded.
struct Occurrences
{
    static constexpr int Unbounded = std::numeric_limits<int>::max();

    int lower = 1;
    int upper = 1;

    bool isUnbounded() const { return upper == Unbounded; }
    /// True when `used` relationships leave no room for another.
    bool isFull(int used) const { return !isUnbounded() && used >= upper; }
    /// True when `used` relationships are more than allowed.
    bool isExceededBy(int used) const { return !isUnbounded() && used > upper; }
    /// "[1, 1]", "[0, unbounded]"
    QString toString() const
    {
        return QStringLiteral("[%1, %2]")
            .arg(lower)
            .arg(isUnbounded() ? QStringLiteral("unbounded") : QString::number(upper));
    }

    friend bool operator==(const Occurrences &a, const Occurrences &b)
    {
        return a.lower == b.lower && a.upper == b.upper;
    }
    friend bool operator!=(const Occurrences &a, const Occurrences &b) { return !(a == b); }
};

} // namespace Topologist
