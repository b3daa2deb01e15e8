// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Topologist {

class LabelObstacles;
class NodeItem;
class RelationshipItem;

/// Puts the labels of relationship arrows where they hide the least: each label tries the
/// spots its arrow offers (RelationshipItem::placeLabel) and takes one clear of the top-level
/// cards (with their badges) and least covered by the labels already placed. An arrow between
/// two nodes inside the same machine keeps its label in that machine's card.
class LabelPlacer
{
public:
    /// Places the labels of `relationships`; the other arrows' labels stay and are avoided.
    static void place(const QHash<QString, NodeItem *> &nodes,
                      const QList<RelationshipItem *> &relationships);
    /// The same for a few arrows (after an edit or a move): the cards and labels around each
    /// spot come from the scene's `obstacles`, instead of gathering every card first.
    static void placeAmong(const LabelObstacles &obstacles,
                           const QList<RelationshipItem *> &relationships);
};

} // namespace Topologist
