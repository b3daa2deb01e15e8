// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/nodeitem.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

namespace Topologist {

class TopologyScene;

/// What a drag in progress says about the nodes it could end on: why each one refuses it
/// (empty when it accepts), judged once per drag, and the highlight each card shows meanwhile.
/// Only the cards it highlighted are touched again, so a drag costs the same in a big topology.
class DropVerdicts
{
public:
    /// Why `node` refuses the drop; empty when it accepts.
    using Judge = std::function<QString(const QString &node)>;

    explicit DropVerdicts(const TopologyScene &scene);

    /// The verdict on `node`, asking `judge` the first time.
    QString verdict(const QString &node, const Judge &judge);
    bool isJudged(const QString &node) const { return m_verdicts.contains(node); }
    void record(const QString &node, const QString &reason) { m_verdicts.insert(node, reason); }
    /// A node that looks acceptable but was not judged yet (it is judged when reached).
    void markLikely(const QString &node) { m_likely.insert(node); }
    bool isLikely(const QString &node) const { return m_likely.contains(node); }

    /// Whether cards not under the cursor show if they would accept (connecting does).
    void setShowsCandidates(bool shows) { m_showsCandidates = shows; }
    NodeItem::DropState restingState(const QString &node) const;
    /// Shows `node`'s resting state.
    void rest(NodeItem *node);
    /// Shows `state` on `target` (null: on nothing) and puts the card hovered before at rest.
    void hover(NodeItem *target, NodeItem::DropState state);
    /// The cards showing a drop state that is drawn (not none, not dimmed).
    QList<NodeItem *> highlighted() const;
    /// Takes every highlight off and forgets the verdicts; true when a card showed one.
    bool reset();

private:
    const TopologyScene &m_scene;
    QHash<QString, QString> m_verdicts;
    QSet<QString> m_likely;
    QSet<QString> m_marked; // cards whose drop state this drag changed
    QString m_hovered;
    bool m_showsCandidates = false;
};

} // namespace Topologist
