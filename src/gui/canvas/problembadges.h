// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace Topologist {

class NodeItem;
class ProblemBadgeItem;

/// Puts the document's problems on the cards and arrows as badges: a problem of a requirement
/// goes on its arrow when one is drawn, every other one on the node's card. A card or arrow
/// whose problems did not change keeps its badge.
class ProblemBadges
{
    Q_DECLARE_TR_FUNCTIONS(ProblemBadges)

public:
    /// `badged` names the nodes with a badge on their card or arrows, kept up to date here: only
    /// those and the nodes with problems are looked at, not every node of the topology.
    static void update(const QHash<QString, NodeItem *> &nodes,
                       const Problems &problems,
                       QSet<QString> *badged);

private:
    static void updateNode(NodeItem *item, const Problems &problems);
    /// Everything a badge shows, so unchanged problems leave the badge alone.
    static QString keyOf(const Problems &problems);
    static ProblemBadgeItem *
    makeBadge(const Problems &problems, const QString &node, int requirementIndex);
};

} // namespace Topologist
