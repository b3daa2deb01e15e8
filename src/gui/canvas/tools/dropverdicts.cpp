// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/dropverdicts.h"

#include "canvas/topologyscene.h"

namespace Topologist {

DropVerdicts::DropVerdicts(const TopologyScene &scene)
    : m_scene(scene)
{}

QString DropVerdicts::verdict(const QString &node, const Judge &judge)
{
    auto found = m_verdicts.constFind(node);
    if (found == m_verdicts.constEnd())
        found = m_verdicts.insert(node, judge(node));
    return *found;
}

NodeItem::DropState DropVerdicts::restingState(const QString &node) const
{
    if (!m_showsCandidates)
        return NodeItem::DropState::None;
    const auto verdict = m_verdicts.constFind(node);
    if (verdict == m_verdicts.constEnd())
        return m_likely.contains(node) ? NodeItem::DropState::Candidate : NodeItem::DropState::None;
    return verdict->isEmpty() ? NodeItem::DropState::Candidate : NodeItem::DropState::Dimmed;
}

void DropVerdicts::rest(NodeItem *node)
{
    node->setDropState(restingState(node->name()));
    m_marked.insert(node->name());
}

void DropVerdicts::hover(NodeItem *target, NodeItem::DropState state)
{
    const QString name = target ? target->name() : QString();
    if (name != m_hovered) {
        if (NodeItem *previous = m_scene.nodeItem(m_hovered))
            previous->setDropState(restingState(m_hovered));
        m_hovered = name;
    }
    if (target) {
        target->setDropState(state);
        m_marked.insert(name);
    }
}

QList<NodeItem *> DropVerdicts::highlighted() const
{
    QList<NodeItem *> shown;
    const auto add = [&](const QString &name) {
        NodeItem *item = m_scene.nodeItem(name);
        if (item && item->dropState() != NodeItem::DropState::None
            && item->dropState() != NodeItem::DropState::Dimmed && !shown.contains(item))
            shown.append(item);
    };
    for (const QString &name : m_marked)
        add(name);
    add(m_hovered);
    return shown;
}

bool DropVerdicts::reset()
{
    const bool shown = !m_marked.isEmpty() || !m_hovered.isEmpty();
    m_marked.insert(m_hovered);
    for (const QString &name : std::as_const(m_marked)) {
        if (NodeItem *item = m_scene.nodeItem(name))
            item->setDropState(NodeItem::DropState::None);
    }
    m_marked.clear();
    m_hovered.clear();
    m_verdicts.clear();
    m_likely.clear();
    m_showsCandidates = false;
    return shown;
}

} // namespace Topologist
