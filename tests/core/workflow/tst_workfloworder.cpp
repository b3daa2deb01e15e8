// SPDX-License-Identifier: GPL-3.0-or-later
// The order of a step graph: ranks, loops, steps that wait on a loop, names that go nowhere.
#include "workflow/cyclefinder.h"
#include "workflow/workflow.h"
#include "workflow/workfloworder.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// A workflow of steps "a", "b"... with the given `on_success` links ("a>b").
Workflow graph(const QStringList &steps, const QStringList &links)
{
    Workflow workflow(QStringLiteral("w"), false);
    for (const QString &name : steps) {
        WorkflowStep step;
        step.name = name;
        workflow.addStep(step);
    }
    for (const QString &link : links)
        workflow.link(link.section(QLatin1Char('>'), 0, 0), link.section(QLatin1Char('>'), 1, 1));
    return workflow;
}

QStringList names(const Workflow &workflow, const QList<int> &indexes)
{
    QStringList result;
    for (int index : indexes)
        result << workflow.stepAt(index).name;
    return result;
}

} // namespace

TEST(WorkflowOrder, StepsComeByRankThenByPlace)
{
    const Workflow workflow
        = graph({"d", "c", "b", "a"},
                {QStringLiteral("a>b"), QStringLiteral("b>c"), QStringLiteral("a>d")});
    const WorkflowOrder order(workflow);
    EXPECT_EQ(names(workflow, order.order()), (QStringList{"a", "d", "b", "c"}));
    EXPECT_EQ(order.rank(workflow.indexOf(QStringLiteral("c"))), 2);
    EXPECT_TRUE(order.cycles().isEmpty());
    EXPECT_TRUE(order.waitingOnCycle().isEmpty());
}

TEST(WorkflowOrder, AStepWaitsForItsLongestChain)
{
    const Workflow workflow = graph(
        {"a", "b", "c"}, {QStringLiteral("a>b"), QStringLiteral("b>c"), QStringLiteral("a>c")});
    const WorkflowOrder order(workflow);
    EXPECT_EQ(order.rank(workflow.indexOf(QStringLiteral("c"))), 2);
    EXPECT_EQ(order.predecessors()[workflow.indexOf(QStringLiteral("c"))].size(), 2);
}

TEST(WorkflowOrder, ALoopAndWhatWaitsOnItNeverRun)
{
    const Workflow workflow = graph({"start", "x", "y", "after", "free"},
                                    {QStringLiteral("start>x"),
                                     QStringLiteral("x>y"),
                                     QStringLiteral("y>x"),
                                     QStringLiteral("y>after")});
    const WorkflowOrder order(workflow);
    EXPECT_EQ(names(workflow, order.order()), (QStringList{"start", "free"}));
    ASSERT_EQ(order.cycles().size(), 1);
    EXPECT_EQ(names(workflow, order.cycles().first()), (QStringList{"x", "y"}));
    EXPECT_EQ(names(workflow, order.waitingOnCycle()), QStringList{"after"});
    EXPECT_EQ(order.rank(workflow.indexOf(QStringLiteral("after"))), -1);
}

TEST(WorkflowOrder, AStepFollowingItselfIsALoop)
{
    Workflow workflow = graph({"a"}, {});
    workflow.link(QStringLiteral("a"), QStringLiteral("a"));
    const WorkflowOrder order(workflow);
    ASSERT_EQ(order.cycles().size(), 1);
    EXPECT_TRUE(order.isInCycle(0));
}

TEST(WorkflowOrder, NamesOfMissingStepsAreReported)
{
    Workflow workflow(QStringLiteral("w"), false);
    WorkflowStep step;
    step.name = QStringLiteral("a");
    step.onSuccess = {QStringLiteral("ghost")};
    step.onFailure = {QStringLiteral("phantom")};
    workflow.addStep(step);
    const WorkflowOrder order(workflow);
    ASSERT_EQ(order.missingSteps().size(), 2);
    EXPECT_EQ(order.missingSteps()[0].name, QStringLiteral("ghost"));
    EXPECT_FALSE(order.missingSteps()[0].onFailure);
    EXPECT_EQ(order.missingSteps()[1].name, QStringLiteral("phantom"));
    EXPECT_TRUE(order.missingSteps()[1].onFailure);
    EXPECT_TRUE(order.runs(0));
}

TEST(Workflow, ATakenNameGetsASuffixAsAlien4CloudGivesIt)
{
    const Workflow workflow = graph({"a", "a", "a"}, {});
    EXPECT_EQ(names(workflow, {0, 1, 2}), (QStringList{"a", "a_1", "a_2"}));
}

TEST(CycleFinder, ALongChainNeedsNoDeepStack)
{
    const int count = 200000;
    QList<QList<int>> successors(count);
    for (int i = 0; i + 1 < count; ++i)
        successors[i] = {i + 1};
    EXPECT_TRUE(CycleFinder::cycles(successors).isEmpty());
    successors[count - 1] = {0};
    const QList<QList<int>> loops = CycleFinder::cycles(successors);
    ASSERT_EQ(loops.size(), 1);
    EXPECT_EQ(loops.first().size(), count);
}

TEST(CycleFinder, SeparateLoopsComeBySmallestVertex)
{
    const QList<QList<int>> successors{{1}, {0}, {3}, {4}, {2}, {5}};
    const QList<QList<int>> loops = CycleFinder::cycles(successors);
    ASSERT_EQ(loops.size(), 3);
    EXPECT_EQ(loops[0], (QList<int>{0, 1}));
    EXPECT_EQ(loops[1], (QList<int>{2, 3, 4}));
    EXPECT_EQ(loops[2], (QList<int>{5}));
}
