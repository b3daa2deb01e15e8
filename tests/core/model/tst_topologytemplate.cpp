// SPDX-License-Identifier: GPL-3.0-or-later
// The name index of a topology stays right through every change of its slots, duplicates
// included (a name maps to its first node), without being rebuilt for each change.
#include "model/topologytemplate.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

NodeTemplate named(const QString &name, const QString &type = QStringLiteral("tosca.nodes.Root"))
{
    NodeTemplate node;
    node.name = name;
    node.type = type;
    return node;
}

TopologyTemplate topologyOf(const QStringList &names)
{
    TopologyTemplate topology;
    for (const QString &name : names)
        topology.appendNode(named(name));
    return topology;
}

/// Every name looked up gives the first node of that name, as a fresh index would.
void expectConsistent(const TopologyTemplate &topology)
{
    for (int i = 0; i < topology.nodeCount(); ++i) {
        const QString &name = topology.nodeAt(i).name;
        int first = 0;
        while (topology.nodeAt(first).name != name)
            ++first;
        EXPECT_EQ(topology.indexOf(name), first) << name.toStdString();
    }
}

} // namespace

TEST(TopologyTemplateTest, insertingShiftsTheNodesAfter)
{
    TopologyTemplate topology = topologyOf({"a", "b", "c"});
    topology.insertNode(1, named(QStringLiteral("x")));
    EXPECT_EQ(topology.nodeNames(), QStringList({"a", "x", "b", "c"}));
    EXPECT_EQ(topology.indexOf(QStringLiteral("x")), 1);
    EXPECT_EQ(topology.indexOf(QStringLiteral("c")), 3);
    expectConsistent(topology);
}

TEST(TopologyTemplateTest, removingShiftsTheNodesAfterAndForgetsTheName)
{
    TopologyTemplate topology = topologyOf({"a", "b", "c", "d"});
    topology.removeNodeAt(1);
    EXPECT_EQ(topology.indexOf(QStringLiteral("b")), -1);
    EXPECT_EQ(topology.indexOf(QStringLiteral("d")), 2);
    expectConsistent(topology);
}

TEST(TopologyTemplateTest, aDuplicateNameMapsToItsFirstNodeThroughEveryChange)
{
    TopologyTemplate topology = topologyOf({"a", "dup", "b", "dup", "c"});
    EXPECT_EQ(topology.indexOf(QStringLiteral("dup")), 1);
    topology.removeNodeAt(1); // the first goes: the second is the one now
    EXPECT_EQ(topology.indexOf(QStringLiteral("dup")), 2);
    expectConsistent(topology);
    topology.insertNode(0, named(QStringLiteral("dup"))); // a new first one
    EXPECT_EQ(topology.indexOf(QStringLiteral("dup")), 0);
    expectConsistent(topology);
    topology.replaceNode(0, named(QStringLiteral("e"))); // renamed away: the other one again
    EXPECT_EQ(topology.indexOf(QStringLiteral("dup")), 3);
    EXPECT_EQ(topology.indexOf(QStringLiteral("e")), 0);
    expectConsistent(topology);
    topology.replaceNode(4, named(QStringLiteral("e"))); // renamed to a later duplicate of e
    EXPECT_EQ(topology.indexOf(QStringLiteral("e")), 0);
    EXPECT_EQ(topology.indexOf(QStringLiteral("c")), -1);
    expectConsistent(topology);
}

TEST(TopologyTemplateTest, replacingANodeUnderItsNameKeepsTheIndex)
{
    TopologyTemplate topology = topologyOf({"a", "b"});
    topology.replaceNode(1, named(QStringLiteral("b"), QStringLiteral("tosca.nodes.Compute")));
    EXPECT_EQ(topology.node(QStringLiteral("b"))->type, QStringLiteral("tosca.nodes.Compute"));
    expectConsistent(topology);
}

TEST(TopologyTemplateTest, manyChangesInARowLeaveAConsistentIndex)
{
    TopologyTemplate topology;
    for (int i = 0; i < 50; ++i)
        topology.appendNode(named(QStringLiteral("n%1").arg(i % 37)));
    for (int step = 0; step < 200; ++step) {
        const int at = (step * 7) % topology.nodeCount();
        switch (step % 3) {
        case 0:
            topology.removeNodeAt(at);
            break;
        case 1:
            topology.insertNode(at, named(QStringLiteral("n%1").arg(step % 41)));
            break;
        default:
            topology.replaceNode(at, named(QStringLiteral("n%1").arg(step % 43)));
            break;
        }
        expectConsistent(topology);
        if (::testing::Test::HasFailure())
            return;
    }
}

TEST(TopologyTemplateTest, batchesOfInsertionsAndRemovalsGiveWhatOneAtATimeGives)
{
    // The batch calls move the list once per run of slots and patch the index in one pass;
    // the result must be the slot-by-slot one, duplicates included.
    TopologyTemplate topology;
    QStringList expected;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("n%1").arg(i % 31);
        topology.appendNode(named(name));
        expected << name;
    }
    for (int step = 0; step < 120; ++step) {
        if (step % 2 == 0) {
            // A few slots, some next to each other, in no order.
            QList<int> removed{(step * 5) % int(expected.size()),
                               (step * 11) % int(expected.size())};
            removed.append(qMin(removed.first() + 1, int(expected.size()) - 1));
            topology.removeNodesAt(removed);
            std::sort(removed.begin(), removed.end());
            removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
            for (int i = int(removed.size()) - 1; i >= 0; --i)
                expected.removeAt(removed[i]);
        } else {
            // Final slots, ascending, with a run of two.
            const int first = (step * 3) % int(expected.size());
            QList<std::pair<int, NodeTemplate>> inserted{
                {first, named(QStringLiteral("n%1").arg(step % 29))},
                {first + 1, named(QStringLiteral("m%1").arg(step))},
                {first + 3, named(QStringLiteral("n%1").arg(step % 7))}};
            topology.insertNodes(inserted);
            for (const auto &[index, node] : inserted)
                expected.insert(index, node.name);
        }
        ASSERT_EQ(topology.nodeNames(), expected) << "step " << step;
        expectConsistent(topology);
        for (const QString &gone : {QStringLiteral("m%1").arg(step - 2)}) {
            if (!expected.contains(gone))
                EXPECT_EQ(topology.indexOf(gone), -1) << gone.toStdString();
        }
        if (::testing::Test::HasFailure())
            return;
    }
}
