// SPDX-License-Identifier: GPL-3.0-or-later
// The install and uninstall Alien4Cloud would generate, checked against orders derived by hand
// from the relationships of the Marathon example and the published blueprints.
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "workflow/workflowgenerator.h"
#include "workflow/workflowmachines.h"
#include "workflow/workfloworder.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

LoadedTopology loadFile(const QString &path)
{
    return TopologyLoader(Topologist::Test::bundledCatalog()).loadFile(path);
}

LoadedTopology loadNodes(const QByteArray &nodes)
{
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                            // The normative component types are abstract, so Alien4Cloud would
                            // give their nodes one delegate step: this one has a lifecycle.
                            "node_types:\n  test.App:\n"
                            "    derived_from: tosca.nodes.SoftwareComponent\n"
                            "topology_template:\n  node_templates:\n"
                            "    Machine:\n      type: tosca.nodes.Compute\n"
                            + nodes;
    return TopologyLoader(Topologist::Test::bundledCatalog())
        .loadBytes(yaml, QStringLiteral("t.yml"));
}

/// A generated workflow with its order, and where each step comes in it.
class Ordered
{
public:
    Ordered(const LoadedTopology &loaded, const QString &name)
        : workflow(WorkflowGenerator(*loaded.archive.topology, *loaded.types).generate(name))
        , order(workflow)
    {}

    /// The place of step `name` in the order; fails the test when it is missing or never runs.
    int at(const QString &name) const
    {
        const int index = workflow.indexOf(name);
        EXPECT_GE(index, 0) << "no step " << name.toStdString();
        const int position = int(order.order().indexOf(index));
        EXPECT_GE(position, 0) << name.toStdString() << " never runs";
        return position;
    }
    bool before(const QString &first, const QString &second) const
    {
        return at(first) < at(second);
    }
    /// The steps of `node`, in order.
    QStringList stepsOf(const QString &node) const
    {
        QStringList names;
        for (int index : order.order()) {
            if (workflow.stepAt(index).node == node
                && workflow.stepAt(index).relationship.isEmpty())
                names << workflow.stepAt(index).name;
        }
        return names;
    }

    Workflow workflow;
    WorkflowOrder order;
};

const LoadedTopology &marathon()
{
    static const LoadedTopology loaded
        = loadFile(Topologist::Test::bundledExample(QStringLiteral("marathon")));
    return loaded;
}

} // namespace

TEST(WorkflowGenerator, MarathonInstallsEachMachineBeforeWhatItHosts)
{
    ASSERT_TRUE(marathon().readable) << Topologist::Test::describe(marathon().diagnostics);
    const Ordered install(marathon(), QStringLiteral("install"));
    EXPECT_TRUE(install.order.cycles().isEmpty());
    EXPECT_EQ(install.order.order().size(), install.workflow.stepCount());
    // Machines are the orchestrator's: one delegate step each.
    EXPECT_EQ(install.stepsOf(QStringLiteral("SlaveCompute")),
              QStringList{QStringLiteral("SlaveCompute_install")});
    EXPECT_TRUE(install.before(QStringLiteral("SlaveCompute_install"),
                               QStringLiteral("DockerEngine_create")));
    EXPECT_TRUE(install.before(QStringLiteral("SlaveCompute_install"),
                               QStringLiteral("DockerEngine_initial")));
    EXPECT_TRUE(install.before(QStringLiteral("MasterCompute_install"),
                               QStringLiteral("MesosMaster_initial")));
    EXPECT_TRUE(install.before(QStringLiteral("SlaveCompute_2_install"),
                               QStringLiteral("DockerEngine_2_create")));
    EXPECT_TRUE(
        install.before(QStringLiteral("MesosMaster_started"), QStringLiteral("Marathon_initial")));
    EXPECT_TRUE(
        install.before(QStringLiteral("Marathon_started"), QStringLiteral("MarathonLB_create")));
}

TEST(WorkflowGenerator, MarathonAgentsWaitForTheirMasterDockerAndDns)
{
    const Ordered install(marathon(), QStringLiteral("install"));
    EXPECT_TRUE(install.before(QStringLiteral("MesosMaster_started"),
                               QStringLiteral("MesosSlave_configure")));
    EXPECT_TRUE(install.before(QStringLiteral("MesosMaster_started"),
                               QStringLiteral("MesosSlave_2_configure")));
    EXPECT_TRUE(install.before(QStringLiteral("DockerEngine_started"),
                               QStringLiteral("MesosSlave_initial")));
    EXPECT_TRUE(install.before(QStringLiteral("DockerEngine_2_started"),
                               QStringLiteral("MesosSlave_2_initial")));
    // MesosDNS runs on the second agent and asks Marathon; the first agent asks MesosDNS.
    EXPECT_TRUE(
        install.before(QStringLiteral("MesosSlave_2_started"), QStringLiteral("MesosDNS_initial")));
    EXPECT_TRUE(
        install.before(QStringLiteral("Marathon_started"), QStringLiteral("MesosDNS_initial")));
    EXPECT_TRUE(
        install.before(QStringLiteral("MesosDNS_started"), QStringLiteral("MesosSlave_create")));
    // Nothing makes the first agent wait for the second, or the reverse.
    EXPECT_LT(install.at(QStringLiteral("MesosSlave_2_started")),
              install.at(QStringLiteral("MesosSlave_started")));
}

TEST(WorkflowGenerator, ANodesLifecycleRunsInAlien4CloudsOrder)
{
    const Ordered install(marathon(), QStringLiteral("install"));
    const QStringList expected{QStringLiteral("initial"),
                               QStringLiteral("creating"),
                               QStringLiteral("create"),
                               QStringLiteral("created"),
                               QStringLiteral("configuring"),
                               QStringLiteral("configure"),
                               QStringLiteral("configured"),
                               QStringLiteral("starting"),
                               QStringLiteral("start"),
                               QStringLiteral("started")};
    QStringList names;
    for (const QString &state : expected)
        names << QStringLiteral("MesosMaster_") + state;
    EXPECT_EQ(install.stepsOf(QStringLiteral("MesosMaster")), names);
    const WorkflowStep *create = install.workflow.step(QStringLiteral("MesosMaster_create"));
    ASSERT_NE(create, nullptr);
    ASSERT_EQ(create->activities.size(), 1);
    EXPECT_EQ(create->activities[0].kind, WorkflowActivity::Kind::CallOperation);
    EXPECT_EQ(create->activities[0].value, QStringLiteral("Standard.create"));
}

TEST(WorkflowGenerator, RelationshipOperationsAreWovenBetweenBothEnds)
{
    const Ordered install(marathon(), QStringLiteral("install"));
    const QString pre = QStringLiteral("MesosSlave_master_pre_configure_source");
    const QString addSource = QStringLiteral("MesosSlave_master_add_source");
    EXPECT_TRUE(install.before(QStringLiteral("MesosSlave_configuring"), pre));
    EXPECT_TRUE(install.before(pre, QStringLiteral("MesosSlave_configure")));
    EXPECT_TRUE(install.before(QStringLiteral("MesosSlave_started"), addSource));
    EXPECT_TRUE(install.before(QStringLiteral("MesosMaster_started"), addSource));
    // add_source runs on the target's machine, add_target on the source's.
    EXPECT_EQ(install.workflow.step(addSource)->runsOn(), QStringLiteral("MesosMaster"));
    EXPECT_EQ(install.workflow.step(QStringLiteral("MesosSlave_master_add_target"))->runsOn(),
              QStringLiteral("MesosSlave"));
    // A machine runs no relationship operation: only the source's side of `host` is there.
    EXPECT_NE(install.workflow.step(QStringLiteral("MesosMaster_host_add_target")), nullptr);
    EXPECT_EQ(install.workflow.step(QStringLiteral("MesosMaster_host_add_source")), nullptr);
    EXPECT_EQ(install.workflow.step(QStringLiteral("MesosMaster_host_pre_configure_target")),
              nullptr);
}

TEST(WorkflowGenerator, UninstallGoesTheOtherWay)
{
    const Ordered uninstall(marathon(), QStringLiteral("uninstall"));
    EXPECT_TRUE(uninstall.order.cycles().isEmpty());
    EXPECT_EQ(uninstall.stepsOf(QStringLiteral("MesosMaster")),
              (QStringList{QStringLiteral("MesosMaster_stopping"),
                           QStringLiteral("MesosMaster_stop"),
                           QStringLiteral("MesosMaster_stopped"),
                           QStringLiteral("MesosMaster_deleting"),
                           QStringLiteral("MesosMaster_delete"),
                           QStringLiteral("MesosMaster_deleted")}));
    EXPECT_TRUE(uninstall.before(QStringLiteral("MesosSlave_deleted"),
                                 QStringLiteral("MesosMaster_stopping")));
    EXPECT_TRUE(uninstall.before(QStringLiteral("DockerEngine_deleted"),
                                 QStringLiteral("SlaveCompute_uninstall")));
    EXPECT_TRUE(uninstall.before(QStringLiteral("MarathonLB_deleted"),
                                 QStringLiteral("Marathon_stopping")));
    EXPECT_TRUE(uninstall.before(QStringLiteral("MesosSlave_master_remove_target"),
                                 QStringLiteral("MesosSlave_stop")));
}

// Every published blueprint: no loop, every step runs, and for every relationship the target
// is started before anything of the source, and the source deleted before the target stops.
TEST(WorkflowGenerator, PublishedBlueprintsOrderEveryRelationship)
{
    for (const QString &name : Topologist::Test::topologyNames()) {
        SCOPED_TRACE(name.toStdString());
        const LoadedTopology loaded = loadFile(Topologist::Test::publishedTopology(name));
        ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
        const Ordered install(loaded, QStringLiteral("install"));
        const Ordered uninstall(loaded, QStringLiteral("uninstall"));
        EXPECT_EQ(install.order.order().size(), install.workflow.stepCount());
        EXPECT_EQ(uninstall.order.order().size(), uninstall.workflow.stepCount());
        const WorkflowGenerator generator(*loaded.archive.topology, *loaded.types);
        const auto first
            = [&](const Ordered &ordered, const NodeTemplate &node, const char *state) {
                  return generator.isNative(node)
                             ? ordered.at(node.name + QStringLiteral("_") + ordered.workflow.name())
                             : ordered.at(node.name + QLatin1Char('_') + QLatin1String(state));
              };
        int relationships = 0;
        for (const NodeTemplate &node : loaded.archive.topology->nodes()) {
            for (const RequirementAssignment &requirement : node.requirements) {
                const NodeTemplate *target = loaded.archive.topology->node(requirement.node);
                if (!target)
                    continue;
                ++relationships;
                EXPECT_LT(first(install, *target, "started"), first(install, node, "initial"))
                    << node.name.toStdString() << " -> " << target->name.toStdString();
                EXPECT_LT(first(uninstall, node, "deleted"), first(uninstall, *target, "stopping"))
                    << node.name.toStdString() << " -> " << target->name.toStdString();
            }
        }
        EXPECT_GE(relationships, 3);
    }
}

TEST(WorkflowGenerator, TheSameTopologyGivesTheSameOrder)
{
    const Ordered once(marathon(), QStringLiteral("install"));
    const Ordered again(marathon(), QStringLiteral("install"));
    EXPECT_EQ(once.order.order(), again.order.order());
    // Ranks never go down along the order.
    int rank = 0;
    for (int index : once.order.order()) {
        EXPECT_GE(once.order.rank(index), rank);
        rank = once.order.rank(index);
    }
}

TEST(WorkflowGenerator, DependsOnLoopsMakeAStepLoop)
{
    const LoadedTopology loaded
        = loadNodes("    A:\n      type: test.App\n"
                    "      requirements:\n        - host: Machine\n"
                    "        - dependency:\n            node: B\n"
                    "            relationship: tosca.relationships.DependsOn\n"
                    "    B:\n      type: test.App\n"
                    "      requirements:\n        - host: Machine\n"
                    "        - dependency:\n            node: A\n"
                    "            relationship: tosca.relationships.DependsOn\n"
                    "    C:\n      type: test.App\n"
                    "      requirements:\n        - host: Machine\n"
                    "        - dependency:\n            node: A\n"
                    "            relationship: tosca.relationships.DependsOn\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const Workflow install = WorkflowGenerator(*loaded.archive.topology, *loaded.types)
                                 .generate(QStringLiteral("install"));
    const WorkflowOrder order(install);
    ASSERT_EQ(order.cycles().size(), 1);
    const int aStarted = install.indexOf(QStringLiteral("A_started"));
    const int bInitial = install.indexOf(QStringLiteral("B_initial"));
    EXPECT_TRUE(order.isInCycle(aStarted));
    EXPECT_TRUE(order.isInCycle(bInitial));
    EXPECT_TRUE(order.runs(install.indexOf(QStringLiteral("Machine_install"))));
    const int cInitial = install.indexOf(QStringLiteral("C_initial"));
    EXPECT_FALSE(order.runs(cInitial));
    EXPECT_FALSE(order.isInCycle(cInitial));
    EXPECT_TRUE(order.waitingOnCycle().contains(cInitial));
}

TEST(WorkflowGenerator, OnlyInstallAndUninstallHaveDefaults)
{
    const Workflow start = WorkflowGenerator(*marathon().archive.topology, *marathon().types)
                               .generate(QStringLiteral("run"));
    EXPECT_EQ(start.stepCount(), 0);
    EXPECT_TRUE(start.isGenerated());
}

TEST(WorkflowMachines, EachStepRunsOnTheMachineAtTheBottomOfItsHosts)
{
    const TopologyTemplate &topology = *marathon().archive.topology;
    const WorkflowMachines machines(topology, *marathon().types);
    EXPECT_EQ(machines.machineOf(QStringLiteral("MarathonLB")), QStringLiteral("MasterCompute"));
    EXPECT_EQ(machines.machineOf(QStringLiteral("MesosDNS")), QStringLiteral("SlaveCompute_2"));
    EXPECT_EQ(machines.machineOf(QStringLiteral("SlaveCompute")), QStringLiteral("SlaveCompute"));
    EXPECT_EQ(machines.machineOf(QStringLiteral("Ghost")), QStringLiteral("Ghost"));
    const Workflow install
        = WorkflowGenerator(topology, *marathon().types).generate(QStringLiteral("install"));
    EXPECT_EQ(machines.machinesOf(install),
              (QStringList{QStringLiteral("MasterCompute"),
                           QStringLiteral("SlaveCompute"),
                           QStringLiteral("SlaveCompute_2")}));
    // add_source of the agent's master runs where the master is.
    const WorkflowStep *addSource = install.step(QStringLiteral("MesosSlave_master_add_source"));
    ASSERT_NE(addSource, nullptr);
    EXPECT_EQ(machines.machineOf(addSource->runsOn()), QStringLiteral("MasterCompute"));
}

TEST(WorkflowMachines, StepsOnNoNodeRunOnTheOrchestratorLast)
{
    Workflow workflow(QStringLiteral("custom"), false);
    WorkflowStep free;
    free.name = QStringLiteral("wait");
    workflow.addStep(free);
    WorkflowStep onNode;
    onNode.name = QStringLiteral("restart");
    onNode.node = QStringLiteral("MesosSlave");
    workflow.addStep(onNode);
    const WorkflowMachines machines(*marathon().archive.topology, *marathon().types);
    EXPECT_EQ(machines.machinesOf(workflow),
              (QStringList{QStringLiteral("SlaveCompute"), QString()}));
}
