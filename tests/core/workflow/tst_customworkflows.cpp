// SPDX-License-Identifier: GPL-3.0-or-later
// A topology's own `workflows:` read into step graphs (Alien4Cloud's public samples), and kept
// as written when the topology is saved.
#include "model/toscaarchive.h"
#include "workflow/customworkflowreader.h"
#include "workflow/workfloworder.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

ToscaArchive readSample(const char *name)
{
    Diagnostics diagnostics;
    return ToscaReader().readFile(QStringLiteral(TOPOLOGIST_CORPUS_DIR)
                                      + QStringLiteral("/samples/org/alien4cloud/mock/topologies/")
                                      + QLatin1String(name) + QStringLiteral("/types.yml"),
                                  &diagnostics);
}

const Workflow *find(const Workflows &workflows, const QString &name)
{
    for (const Workflow &workflow : workflows) {
        if (workflow.name() == name)
            return &workflow;
    }
    return nullptr;
}

} // namespace

TEST(CustomWorkflows, StepsTheirActivitiesAndBothKindsOfFollowers)
{
    const ToscaArchive archive = readSample("workflows_steponfailure");
    ASSERT_TRUE(archive.topology.has_value());
    const Workflows workflows = CustomWorkflowReader::read(archive.topology->workflows);
    ASSERT_EQ(workflows.size(), 2);
    EXPECT_EQ(workflows[0].name(), QStringLiteral("install"));
    EXPECT_FALSE(workflows[0].isGenerated());
    const Workflow *custom = find(workflows, QStringLiteral("workflowStepOnFailure"));
    ASSERT_NE(custom, nullptr);
    ASSERT_EQ(custom->stepCount(), 3);
    const WorkflowStep *start = custom->step(QStringLiteral("randomFailMock_start"));
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->node, QStringLiteral("randomFailMock"));
    ASSERT_EQ(start->activities.size(), 1);
    EXPECT_EQ(start->activities[0].kind, WorkflowActivity::Kind::CallOperation);
    EXPECT_EQ(start->activities[0].value, QStringLiteral("Standard.start"));
    EXPECT_EQ(start->onSuccess, QStringList{QStringLiteral("randomFailMock_configure")});
    EXPECT_EQ(start->onFailure, QStringList{QStringLiteral("randomFailMock_stop")});
    EXPECT_GT(start->location.line, 0);
    const WorkflowOrder order(*custom);
    EXPECT_TRUE(order.missingSteps().isEmpty());
    EXPECT_TRUE(order.cycles().isEmpty());
    // on_failure is another path, not a wait: stop does not wait for start.
    EXPECT_EQ(order.rank(custom->indexOf(QStringLiteral("randomFailMock_stop"))), 0);
    EXPECT_EQ(order.rank(custom->indexOf(QStringLiteral("randomFailMock_configure"))), 1);
}

TEST(CustomWorkflows, AnInstallWrittenInAnyOrderRunsInLifecycleOrder)
{
    const ToscaArchive archive = readSample("workflows_inputs");
    ASSERT_TRUE(archive.topology.has_value());
    const Workflows workflows = CustomWorkflowReader::read(archive.topology->workflows);
    EXPECT_EQ(workflows.size(), 8);
    const Workflow *install = find(workflows, QStringLiteral("install"));
    ASSERT_NE(install, nullptr);
    const WorkflowOrder order(*install);
    QStringList states;
    for (int index : order.order())
        states << install->stepAt(index).activities.value(0).value;
    EXPECT_EQ(states,
              (QStringList{QStringLiteral("initial"),
                           QStringLiteral("creating"),
                           QStringLiteral("Standard.create"),
                           QStringLiteral("created"),
                           QStringLiteral("configuring"),
                           QStringLiteral("Standard.configure"),
                           QStringLiteral("configured"),
                           QStringLiteral("starting"),
                           QStringLiteral("Standard.start"),
                           QStringLiteral("started")}));
    const WorkflowStep *custom = find(workflows, QStringLiteral("customWorkflow"))
                                     ->step(QStringLiteral("BashWfInputMock_custom"));
    ASSERT_NE(custom, nullptr);
    EXPECT_EQ(custom->operationHost, QStringLiteral("ORCHESTRATOR"));
    EXPECT_EQ(custom->activityText(), QStringLiteral("call_operation: Custom.custom"));
}

TEST(CustomWorkflows, ShapesTheReaderDoesNotKnowAreLeftOut)
{
    Diagnostics diagnostics;
    const ToscaArchive archive = ToscaReader().read("tosca_definitions_version: alien_dsl_2_0_0\n"
                                                    "topology_template:\n"
                                                    "  workflows:\n"
                                                    "    odd:\n"
                                                    "      steps:\n"
                                                    "        notAMap: [1, 2]\n"
                                                    "        one:\n"
                                                    "          target: X\n"
                                                    "          activities:\n"
                                                    "            - inline: other\n"
                                                    "            - [weird]\n"
                                                    "            - sleep: 3\n"
                                                    "          on_success: two\n"
                                                    "    noSteps: {}\n",
                                                    QStringLiteral("odd.yml"),
                                                    &diagnostics);
    ASSERT_TRUE(archive.topology.has_value());
    const Workflows workflows = CustomWorkflowReader::read(archive.topology->workflows);
    ASSERT_EQ(workflows.size(), 2);
    ASSERT_EQ(workflows[0].stepCount(), 1);
    const WorkflowStep &one = workflows[0].stepAt(0);
    ASSERT_EQ(one.activities.size(), 2);
    EXPECT_EQ(one.activities[0].kind, WorkflowActivity::Kind::Inline);
    EXPECT_EQ(one.activities[1].kind, WorkflowActivity::Kind::Unknown);
    EXPECT_EQ(one.activities[1].toString(), QStringLiteral("sleep: 3"));
    EXPECT_EQ(one.onSuccess, QStringList{QStringLiteral("two")});
    EXPECT_EQ(workflows[1].stepCount(), 0);
}

TEST(CustomWorkflows, SavingKeepsEveryWorkflowStepAndLink)
{
    const ToscaArchive archive = readSample("workflows_inputs");
    ASSERT_TRUE(archive.topology.has_value());
    const QByteArray written = ToscaWriter().write(archive);
    Diagnostics diagnostics;
    const ToscaArchive back = ToscaReader().read(written, QStringLiteral("back.yml"), &diagnostics);
    ASSERT_TRUE(back.topology.has_value());
    const Workflows before = CustomWorkflowReader::read(archive.topology->workflows);
    const Workflows after = CustomWorkflowReader::read(back.topology->workflows);
    ASSERT_EQ(after.size(), before.size());
    for (int w = 0; w < before.size(); ++w) {
        ASSERT_EQ(after[w].name(), before[w].name());
        ASSERT_EQ(after[w].stepCount(), before[w].stepCount());
        for (int s = 0; s < before[w].stepCount(); ++s) {
            const WorkflowStep &a = before[w].stepAt(s);
            const WorkflowStep &b = after[w].stepAt(s);
            EXPECT_EQ(b.name, a.name);
            EXPECT_EQ(b.node, a.node);
            EXPECT_EQ(b.operationHost, a.operationHost);
            EXPECT_EQ(b.activityText(), a.activityText());
            EXPECT_EQ(b.onSuccess, a.onSuccess);
        }
    }
    // The inputs of a workflow are no step, yet saving keeps them too.
    EXPECT_TRUE(written.contains("          description: \"Another integer that should be > 0\"")
                || written.contains("description: Another integer that should be > 0"))
        << written.toStdString();
}
