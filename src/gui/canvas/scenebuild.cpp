// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/scenebuild.h"

#include "canvas/hosttreelayout.h"
#include "canvas/labelplacer.h"
#include "canvas/topologyscene.h"
#include "topologydocument.h"
#include "validation/validationcontext.h"

#include <array>

namespace Topologist {

namespace {

/// Each stage's share of the progress, roughly its share of the time at 10,000 nodes.
constexpr std::array<int, 8> stageWeights{30, 20, 10, 15, 4, 4, 10, 7};

} // namespace

SceneBuild::SceneBuild(TopologyScene &scene)
    : m_scene(scene)
{}

bool SceneBuild::run(const QDeadlineTimer &deadline)
{
    const ValidationContext context = m_scene.m_document->validationContext();
    while (m_stage != Stage::Done) {
        if (!runStage(context, deadline))
            return false;
        advance();
        if (m_stage != Stage::Done && deadline.hasExpired())
            return false;
    }
    return true;
}

int SceneBuild::percent() const
{
    const auto stage = std::size_t(m_stage);
    int done = 0;
    for (std::size_t i = 0; i < stage && i < stageWeights.size(); ++i)
        done += stageWeights[i];
    if (stage < stageWeights.size()) {
        const qsizetype count
            = m_stage == Stage::Cards ? m_scene.m_document->topology().nodeCount() : m_items.size();
        if (count > 0)
            done += int(stageWeights[stage] * m_next / count);
    }
    return done;
}

template<typename Step>
bool SceneBuild::forEach(qsizetype count, const QDeadlineTimer &deadline, Step &&step)
{
    // The clock is read every few items: reading it can cost more than placing a card.
    constexpr qsizetype between = 32;
    while (m_next < count) {
        step(m_next++);
        if (m_next % between == 0 && m_next < count && deadline.hasExpired())
            return false;
    }
    return true;
}

bool SceneBuild::runStage(const ValidationContext &context, const QDeadlineTimer &deadline)
{
    TopologyScene &s = m_scene;
    const TopologyDocument &document = *s.m_document;
    switch (m_stage) {
    case Stage::Cards: {
        const NodeList &nodes = document.topology().nodes();
        return forEach(nodes.size(), deadline, [&](qsizetype i) {
            const NodeTemplate &node = nodes[i];
            if (s.m_nodes.contains(node.name))
                return; // a duplicate name is a validation error; draw the first
            s.createNodeItem(node.name)->setContent(
                s.m_contentBuilder.build(node, context, document.types()));
        });
    }
    case Stage::Hosts:
        return forEach(m_items.size(), deadline, [&](qsizetype i) {
            s.updateHost(m_items[i], context, nullptr);
        });
    case Stage::Arrows:
        return forEach(m_items.size(), deadline, [&](qsizetype i) {
            s.rebuildOutgoing(m_items[i], context, nullptr);
        });
    case Stage::Capabilities:
        return forEach(
            m_items.size(), deadline, [&](qsizetype i) { s.refreshCapabilities(m_items[i]); });
    case Stage::Trees:
        return forEach(m_items.size(), deadline, [&](qsizetype i) {
            HostTreeLayout::arrange(m_items[i], document.topology());
        });
    case Stage::Placement:
        // Top-level cards are placed among each other at once: the automatic placement
        // looks at all of them.
        s.m_placement.placeNew(m_items, s.relationshipItems(), s.m_nodes, true);
        for (NodeItem *root : std::as_const(m_items))
            s.placeRoot(root);
        return true;
    case Stage::Roots:
        return forEach(
            m_items.size(), deadline, [&](qsizetype i) { s.updateRelationshipsOf(m_items[i]); });
    case Stage::Finish:
        // Once everything is in place: arrow labels look for free space among the cards.
        LabelPlacer::place(s.m_nodes, s.relationshipItems());
        s.updateProblems();
        s.syncSelectionFromModel();
        s.updateSceneRect();
        return true;
    case Stage::Done:
        return true;
    }
    return true;
}

void SceneBuild::advance()
{
    m_stage = Stage(int(m_stage) + 1);
    m_next = 0;
    switch (m_stage) {
    case Stage::Hosts:
        m_items = m_scene.m_nodes.values();
        break;
    case Stage::Trees:
        m_items = m_scene.rootItems();
        break;
    case Stage::Finish:
    case Stage::Done:
        m_items.clear();
        break;
    default:
        break; // the same items as the stage before
    }
}

} // namespace Topologist
