// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// Which known names a misspelt one was probably meant to be: the "did you mean" of unknown
/// properties and unknown types.
class CloseNames
{
public:
    /// Edits (insert, delete, replace one character) from `a` to `b`, ignoring case.
    static int distance(const QString &a, const QString &b);
    /// The dotted type names of `known` close enough to `unknown` to be a typo of it, best
    /// first, at most `limit`: a few edits away in whole, or the same last segment
    /// (`tosca.nodes.compute` and `tosca.nodes.Compute`, `my.nodes.Marathon` and
    /// `org.alien4cloud.nodes.Marathon`) or nearly so.
    static QStringList typesLike(const QString &unknown, const QStringList &known, int limit = 3);
};

} // namespace Topologist
