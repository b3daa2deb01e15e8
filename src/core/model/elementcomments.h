// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// The `#` comments a hand-written file holds for one element (a mapping key or a list item):
/// the whole-line comments just before it and the comment at the end of its line. Each is kept
/// as written from its `#` on, without the indentation, which the writer sets again.
struct ElementComments
{
    QStringList before;
    QString trailing;

    bool isEmpty() const { return before.isEmpty() && trailing.isEmpty(); }

    friend bool operator==(const ElementComments &a, const ElementComments &b)
    {
        return a.before == b.before && a.trailing == b.trailing;
    }
    friend bool operator!=(const ElementComments &a, const ElementComments &b) { return !(a == b); }
};

} // namespace Topologist
