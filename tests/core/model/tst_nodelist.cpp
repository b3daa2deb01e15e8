// SPDX-License-Identifier: GPL-3.0-or-later
// The chunked node list against a plain list: thousands of random insertions, removals and
// replacements (repeated names included) over enough nodes that chunks split and empty, and
// after each batch the same order, the same positions and the same first node of every name.
#include "model/nodelist.h"

#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

NodeTemplate named(const QString &name, int serial)
{
    NodeTemplate node;
    node.name = name;
    node.description = QString::number(serial); // tells apart nodes of one name
    return node;
}

void expectSame(const NodeList &list, const QList<NodeTemplate> &reference)
{
    ASSERT_EQ(list.size(), reference.size());
    EXPECT_EQ(list.isEmpty(), reference.isEmpty());
    qsizetype i = 0;
    for (const NodeTemplate &node : list) {
        ASSERT_EQ(node, reference[i]) << i;
        ASSERT_EQ(list.at(i), reference[i]) << i;
        ++i;
    }
    EXPECT_EQ(i, reference.size());
    QSet<QString> names;
    for (qsizetype k = 0; k < reference.size(); ++k) {
        const QString &name = reference[k].name;
        if (names.contains(name))
            continue;
        names.insert(name);
        ASSERT_EQ(list.indexOf(name), k) << name.toStdString();
        ASSERT_EQ(list.find(name), &list.at(k)) << name.toStdString();
    }
    EXPECT_EQ(list.nameCount(), names.size());
    EXPECT_EQ(list.indexOf(QStringLiteral("nobody")), -1);
    EXPECT_EQ(list.find(QStringLiteral("nobody")), nullptr);
}

} // namespace

TEST(NodeListTest, randomEditsKeepOrderPositionsAndFirstNodesOfEachName)
{
    QRandomGenerator random(1234);
    NodeList list;
    QList<NodeTemplate> reference;
    int serial = 0;
    // Few enough names that some repeat, many enough nodes for many chunks.
    const auto someName = [&] {
        return QStringLiteral("n%1").arg(random.bounded(1500));
    };
    for (int i = 0; i < 1200; ++i) {
        NodeTemplate node = named(someName(), serial++);
        reference.append(node);
        list.append(node);
    }
    expectSame(list, reference);
    for (int round = 0; round < 60; ++round) {
        for (int step = 0; step < 50; ++step) {
            const int what = int(random.bounded(10));
            if (what < 4 || reference.isEmpty()) {
                const qsizetype at = random.bounded(int(reference.size()) + 1);
                NodeTemplate node = named(someName(), serial++);
                reference.insert(at, node);
                list.insert(at, node);
            } else if (what < 8) {
                const qsizetype at = random.bounded(int(reference.size()));
                reference.removeAt(at);
                list.removeAt(at);
            } else {
                const qsizetype at = random.bounded(int(reference.size()));
                // Half the time under the same name, half under another.
                NodeTemplate node = named(what == 8 ? reference[at].name : someName(), serial++);
                reference[at] = node;
                list.replace(at, node);
            }
        }
        expectSame(list, reference);
        if (HasFatalFailure())
            return;
    }
}

TEST(NodeListTest, emptiedAndRefilledFromTheFront)
{
    NodeList list;
    QList<NodeTemplate> reference;
    for (int i = 0; i < 700; ++i) {
        list.append(named(QStringLiteral("a%1").arg(i), i));
        reference.append(named(QStringLiteral("a%1").arg(i), i));
    }
    while (!reference.isEmpty()) {
        reference.removeFirst();
        list.removeAt(0);
    }
    expectSame(list, reference);
    for (int i = 0; i < 700; ++i) {
        list.insert(0, named(QStringLiteral("b%1").arg(i), i));
        reference.insert(0, named(QStringLiteral("b%1").arg(i), i));
    }
    expectSame(list, reference);
}

TEST(NodeListTest, copiesAreEqualAndIndependentMovesLeaveTheSourceEmpty)
{
    NodeList list;
    for (int i = 0; i < 600; ++i)
        list.append(named(QStringLiteral("n%1").arg(i % 400), i));
    NodeList copy = list;
    EXPECT_EQ(copy, list);
    copy.removeAt(10);
    EXPECT_NE(copy, list);
    EXPECT_EQ(list.indexOf(QStringLiteral("n10")), 10);
    EXPECT_EQ(copy.indexOf(QStringLiteral("n10")), 409); // its second node, one place earlier

    NodeList moved = std::move(list);
    EXPECT_EQ(moved.size(), 600);
    EXPECT_EQ(moved.indexOf(QStringLiteral("n399")), 399);
    EXPECT_TRUE(list.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty
    EXPECT_EQ(list.begin(), list.end());
}
