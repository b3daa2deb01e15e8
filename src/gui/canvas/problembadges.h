// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QCoreApplication>
#include <QHash>
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
    static void update(const QHash<QString, NodeItem *> &nodes, const Problems &problems);

private:
    static void updateNode(NodeItem *item, const Problems &problems);
    /// Everything a badge shows, so unchanged problems leave the badge alone.
    static QString keyOf(const Problems &problems);
    static ProblemBadgeItem *
    makeBadge(const Problems &problems, const QString &node, int requirementIndex);
};

} // namespace Topologist
