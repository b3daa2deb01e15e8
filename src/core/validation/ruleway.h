// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Topologist {

/// What the way from a rule's starting node to its subjects depended on, so that an edit can
/// tell whether the way must be walked again.
///
/// A way that ends in a step fanning out to every source of some nodes (from a Marathon's
/// master to each agent) notes those nodes instead of what the last step read: a node then
/// joins or leaves the subjects on its own, by pointing at one of them or not, and an edit of
/// one agent never walks the master's thousands of agents again.
struct RuleWay
{
    /// Nodes whose type or requirements the way read.
    QSet<QString> read;
    /// Nodes whose set of sources (the nodes pointing at them) the way read.
    QSet<QString> sourcesRead;
    /// True when the way ends in such a fan-out step; `fanOutFrom` then holds the nodes it
    /// starts from, and `read` and `sourcesRead` only what the steps before it read.
    bool fansOut = false;
    QSet<QString> fanOutFrom;
};

} // namespace Topologist
