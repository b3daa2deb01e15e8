// SPDX-License-Identifier: GPL-3.0-or-later
// The relations the document keeps current edit by edit must always be the ones a fresh pass
// over the topology finds: same targets, hosts and sources, in the same (topology) order.
#include "testhelpers.h"
#include "topologygenerator.h"

#include "catalog/topologyloader.h"
#include "types/hosting.h"
#include "validation/topologyrelations.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace Topologist;

namespace {

class TopologyRelationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_loaded = TopologyLoader(Topologist::Test::bundledCatalog())
                       .loadBytes(Topologist::Test::TopologyGenerator(60).yaml(),
                                  QStringLiteral("generated.yml"));
        ASSERT_TRUE(m_loaded.readable) << Topologist::Test::describe(m_loaded.diagnostics);
        m_hosting.emplace(*m_loaded.types);
    }

    TopologyTemplate &topology() { return *m_loaded.archive.topology; }
    const Hosting &hosting() const { return *m_hosting; }
    TopologyRelations fresh() { return TopologyRelations(topology(), hosting()); }

    /// One random edit of the kinds the designer makes; returns the names it touched.
    QSet<QString> randomEdit(QRandomGenerator &random, int step)
    {
        const int count = topology().nodeCount();
        const int index = int(random.bounded(count));
        NodeTemplate node = topology().nodeAt(index);
        const QString other = topology().nodeAt(int(random.bounded(count))).name;
        switch (random.bounded(6)) {
        case 0: // re-target a requirement (or add one when there is none)
            if (node.requirements.isEmpty())
                node.requirements.append({QStringLiteral("dependency"), other});
            else
                node.requirements[int(random.bounded(node.requirements.size()))].node = other;
            topology().replaceNode(index, node);
            return {node.name};
        case 1: // delete
            topology().removeNodeAt(index);
            return {node.name};
        case 2: { // rename, keeping the slot
            const QString old = node.name;
            node.name = QStringLiteral("Renamed_%1").arg(step);
            topology().replaceNode(index, node);
            return {old, node.name};
        }
        case 3: { // a copy inserted somewhere, pointing where the original points
            node.name = QStringLiteral("Copy_%1").arg(step);
            topology().insertNode(int(random.bounded(count + 1)), node);
            return {node.name};
        }
        case 4: // another type, that of a random node
            node.type = topology().nodeAt(int(random.bounded(count))).type;
            topology().replaceNode(index, node);
            return {node.name};
        default: // a requirement pointing at a node that does not exist
            node.requirements.append({QStringLiteral("dependency"), QStringLiteral("Ghost")});
            topology().replaceNode(index, node);
            return {node.name};
        }
    }

private:
    LoadedTopology m_loaded;
    std::optional<Hosting> m_hosting;
};

} // namespace

TEST_F(TopologyRelationsTest, AFreshPassFindsHostsTargetsAndSourcesInTopologyOrder)
{
    const TopologyRelations relations = fresh();
    EXPECT_EQ(relations.hostOf(QStringLiteral("MesosMaster_0")), QStringLiteral("MasterCompute_0"));
    EXPECT_EQ(relations.hostOf(QStringLiteral("MasterCompute_0")), QString());
    const QStringList hosted = relations.hostedOn(QStringLiteral("MasterCompute_0"));
    EXPECT_TRUE(hosted.contains(QStringLiteral("MesosMaster_0")));
    const QStringList sources = relations.sourcesOf(QStringLiteral("MesosMaster_0"));
    ASSERT_GE(sources.size(), 2);
    for (int i = 1; i < sources.size(); ++i)
        EXPECT_LT(topology().indexOf(sources[i - 1]), topology().indexOf(sources[i])) << i;
}

TEST_F(TopologyRelationsTest, KnowsTheNodesOfEachTypeInTopologyOrder)
{
    const TopologyRelations relations = fresh();
    const QString slave = QStringLiteral("org.alien4cloud.nodes.MesosSlave");
    const QStringList slaves = relations.nodesOfType(slave);
    int expected = 0;
    for (const NodeTemplate &node : topology().nodes())
        expected += node.type == slave ? 1 : 0;
    ASSERT_GE(slaves.size(), 2);
    EXPECT_EQ(slaves.size(), expected);
    for (int i = 1; i < slaves.size(); ++i)
        EXPECT_LT(topology().indexOf(slaves[i - 1]), topology().indexOf(slaves[i])) << i;
    EXPECT_TRUE(relations.nodeTypes().contains(slave));
    EXPECT_TRUE(relations.nodesOfType(QStringLiteral("tosca.nodes.Root")).isEmpty());
}

TEST_F(TopologyRelationsTest, KeptCurrentThroughRandomEditsEqualsAFreshPass)
{
    TopologyRelations relations = fresh();
    QRandomGenerator random(20261207);
    for (int step = 0; step < 300; ++step) {
        const QSet<QString> changed = randomEdit(random, step);
        relations.update(topology(), hosting(), changed);
        ASSERT_TRUE(relations == fresh()) << "after edit " << step << " of "
                                          << changed.values().join(QLatin1Char(',')).toStdString();
    }
}

TEST_F(TopologyRelationsTest, WhatPointedAtARemovedNodeIsStillItsSource)
{
    TopologyRelations relations = fresh();
    const QString master = QStringLiteral("MesosMaster_0");
    const QStringList before = relations.sourcesOf(master);
    topology().removeNodeAt(topology().indexOf(master));
    relations.update(topology(), hosting(), {master});
    EXPECT_EQ(relations.sourcesOf(master), before);
    EXPECT_TRUE(relations.targetsOf(master).isEmpty());
}
