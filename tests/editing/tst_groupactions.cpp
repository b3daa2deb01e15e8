// SPDX-License-Identifier: GPL-3.0-or-later
// Groups and policies edited through GroupActions and PolicyActions: each edit one undo step
// that gives the file back byte for byte, names kept unique, renames and removals followed, and
// the validator's group and policy problems coming and going with the edits.
#include "documentactions.h"
#include "exampledocument.h"
#include "groupactions.h"
#include "policyactions.h"
#include "topologydocument.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using Topologist::Test::openExample;

namespace {

const Problem *problem(const TopologyDocument &document, const QString &code)
{
    for (const Problem &p : document.problems()) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

const GroupDefinition *group(const TopologyDocument &document, const QString &name)
{
    for (const GroupDefinition &g : document.topology().groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

PolicyDefinition placement(const QString &name, const QStringList &targets)
{
    PolicyDefinition policy;
    policy.name = name;
    policy.type = QStringLiteral("tosca.policies.Placement");
    policy.targets = targets;
    return policy;
}

} // namespace

TEST(GroupActions, groupingNodesIsOneUndoStepThatGivesTheFileBack)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    const QByteArray before = document->serialize();
    QSignalSpy sections(document.get(), &TopologyDocument::sectionsChanged);
    GroupActions actions(document.get());
    const QString name
        = actions.groupNodes({QStringLiteral("MasterCompute"), QStringLiteral("SlaveCompute")});
    EXPECT_EQ(name, QStringLiteral("Group1"));
    EXPECT_EQ(sections.count(), 1);
    ASSERT_NE(group(*document, name), nullptr);
    EXPECT_EQ(group(*document, name)->members,
              (QStringList{QStringLiteral("MasterCompute"), QStringLiteral("SlaveCompute")}));
    const QByteArray grouped = document->serialize();
    EXPECT_TRUE(grouped.contains("groups:")) << grouped.toStdString();
    EXPECT_TRUE(grouped.contains("Group1:")) << grouped.toStdString();
    EXPECT_EQ(actions.freeName(), QStringLiteral("Group2"));

    document->undoStack()->undo();
    EXPECT_EQ(document->serialize(), before);
    document->undoStack()->redo();
    EXPECT_EQ(document->serialize(), grouped);
    EXPECT_EQ(document->undoStack()->count(), 1);
}

TEST(GroupActions, namesStayUniqueAmongGroupsAndNodes)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    GroupActions actions(document.get());
    ASSERT_FALSE(actions.groupNodes({QStringLiteral("MesosMaster")}).isEmpty());
    GroupDefinition other;
    other.name = QStringLiteral("Group1");
    EXPECT_FALSE(actions.addGroup(other)) << "a second Group1";
    other.name = QStringLiteral("MesosMaster");
    EXPECT_FALSE(actions.addGroup(other)) << "a group called like a node";
    other.name = QStringLiteral(" padded");
    EXPECT_FALSE(actions.addGroup(other));
    EXPECT_TRUE(actions.groupNodes({}).isEmpty()) << "an empty selection makes no group";
    EXPECT_EQ(document->undoStack()->count(), 1);
}

TEST(GroupActions, renamedAndRemovedGroupsAreFollowedByTheirPolicies)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    GroupActions groups(document.get());
    PolicyActions policies(document.get());
    const QString name = groups.groupNodes({QStringLiteral("SlaveCompute")});
    ASSERT_TRUE(policies.addPolicy(placement(QStringLiteral("Spread"), {name})));
    EXPECT_EQ(problem(*document, QStringLiteral("TOPO-POLICY-002")), nullptr);

    GroupDefinition renamed = *group(*document, name);
    renamed.name = QStringLiteral("Agents");
    ASSERT_TRUE(groups.changeGroup(name, renamed));
    EXPECT_EQ(document->topology().policies.front().targets, QStringList{QStringLiteral("Agents")});
    EXPECT_FALSE(groups.changeGroup(QStringLiteral("Agents"), renamed)) << "nothing changes";

    ASSERT_TRUE(groups.removeGroup(QStringLiteral("Agents")));
    EXPECT_TRUE(document->topology().policies.front().targets.isEmpty());
    document->undoStack()->undo();
    EXPECT_EQ(document->topology().policies.front().targets, QStringList{QStringLiteral("Agents")});
}

TEST(GroupActions, membersFollowANodeRenameAndLeaveWithADeletedNode)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    const QString name
        = GroupActions(document.get())
              .groupNodes({QStringLiteral("MesosSlave"), QStringLiteral("MesosDNS")});
    DocumentActions actions(document.get());
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MesosSlave"), QStringLiteral("Agent")));
    EXPECT_EQ(group(*document, name)->members,
              (QStringList{QStringLiteral("Agent"), QStringLiteral("MesosDNS")}));
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("MesosDNS")}));
    EXPECT_EQ(group(*document, name)->members, QStringList{QStringLiteral("Agent")});
    EXPECT_EQ(problem(*document, QStringLiteral("TOPO-GROUP-001")), nullptr);
}

TEST(PolicyActions, aStaleTargetIsAProblemItsQuickFixRemovesInOneUndoStep)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    PolicyActions actions(document.get());
    ASSERT_TRUE(actions.addPolicy(placement(
        QStringLiteral("Spread"), {QStringLiteral("SlaveCompute"), QStringLiteral("Nope")})));
    const Problem *stale = problem(*document, QStringLiteral("TOPO-POLICY-002"));
    ASSERT_NE(stale, nullptr);
    EXPECT_EQ(stale->member, ProblemMember::policy(QStringLiteral("Spread")));
    ASSERT_EQ(stale->fixes.size(), 1);
    const QuickFix fix = stale->fixes.front();
    ASSERT_TRUE(DocumentActions(document.get()).applyQuickFix(fix));
    EXPECT_EQ(problem(*document, QStringLiteral("TOPO-POLICY-002")), nullptr);
    EXPECT_EQ(document->topology().policies.front().targets,
              QStringList{QStringLiteral("SlaveCompute")});
    document->undoStack()->undo();
    EXPECT_NE(problem(*document, QStringLiteral("TOPO-POLICY-002")), nullptr);
}

TEST(PolicyActions, namesComeFromTheTypeAndStayUnique)
{
    auto document = openExample(QStringLiteral("marathon"));
    ASSERT_NE(document, nullptr);
    PolicyActions actions(document.get());
    const QString type = QStringLiteral("org.alien4cloud.policies.AntiAffinity");
    EXPECT_EQ(actions.freeName(type), QStringLiteral("AntiAffinity"));
    PolicyDefinition policy = placement(actions.freeName(type), {QStringLiteral("SlaveCompute")});
    ASSERT_TRUE(actions.addPolicy(policy));
    EXPECT_EQ(actions.freeName(type), QStringLiteral("AntiAffinity2"));
    EXPECT_FALSE(actions.addPolicy(policy)) << "a second AntiAffinity";
    EXPECT_FALSE(actions.changePolicy(policy.name, policy)) << "nothing changes";
    policy.description = QStringLiteral("one agent per machine");
    EXPECT_TRUE(actions.changePolicy(policy.name, policy));
    EXPECT_TRUE(actions.removePolicy(policy.name));
    EXPECT_TRUE(document->topology().policies.isEmpty());
    EXPECT_EQ(document->undoStack()->count(), 3);
}
