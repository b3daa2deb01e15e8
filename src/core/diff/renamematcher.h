// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Topologist {

class TopologyTemplate;

/// Finds node templates that were renamed between two versions of a topology: a node that is
/// only in the older version and one that is only in the newer are the same node when they
/// have the same type and mostly the same content. Content is what the node sets (properties,
/// capability values, requirements, artifacts, interfaces) and which requirements point at it,
/// since renaming a node in the designer makes those follow.
///
/// Pairs whose contents share at least half of their facts match, best first. A type that lost
/// exactly one node and gained exactly one is a rename too, whatever was edited: the user
/// renamed it and edited it.
class RenameMatcher
{
public:
    /// Old name -> new name, for `removed` nodes of `before` matched to `added` nodes of `after`.
    static QHash<QString, QString> match(const TopologyTemplate &before,
                                         const TopologyTemplate &after,
                                         const QStringList &removed,
                                         const QStringList &added);

    /// How much of two fact sets is shared: 1 for equal sets, 0 for disjoint ones.
    static double similarity(const QStringList &a, const QStringList &b);
    /// The facts of node `name` of `topology`, sorted.
    static QStringList facts(const TopologyTemplate &topology, const QString &name);

    /// The least similarity that makes a rename without the one-for-one rule.
    static constexpr double Threshold = 0.5;
    /// The most pairs of one type compared by content.
    static constexpr qsizetype MaxPairs = 250000;
};

} // namespace Topologist
