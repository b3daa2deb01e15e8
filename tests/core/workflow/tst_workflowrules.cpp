// SPDX-License-Identifier: GPL-3.0-or-later
// Workflow problems: install order loops (TOPO-WF-001/002) and mistakes in a topology's own
// workflows (TOPO-WF-003..006), found by the standard validator, gone once fixed.
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

LoadedTopology load(const QByteArray &nodes, const QByteArray &workflows = QByteArray())
{
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                            "topology_template:\n  node_templates:\n"
                            "    Machine:\n      type: tosca.nodes.Compute\n"
                            + nodes + workflows;
    return TopologyLoader(Topologist::Test::bundledCatalog())
        .loadBytes(yaml, QStringLiteral("t.yml"));
}

Problems workflowProblems(const LoadedTopology &loaded)
{
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    Problems result;
    for (const Problem &problem : Validator::standard().validate(context)) {
        if (problem.code.startsWith(QLatin1String("TOPO-WF-")))
            result.append(problem);
    }
    return result;
}

const QByteArray loop = "    A:\n      type: tosca.nodes.SoftwareComponent\n"
                        "      requirements:\n        - host: Machine\n"
                        "        - dependency:\n            node: B\n"
                        "            relationship: tosca.relationships.DependsOn\n"
                        "    B:\n      type: tosca.nodes.SoftwareComponent\n"
                        "      requirements:\n        - host: Machine\n"
                        "        - dependency:\n            node: A\n"
                        "            relationship: tosca.relationships.DependsOn\n"
                        "    C:\n      type: tosca.nodes.SoftwareComponent\n"
                        "      requirements:\n        - host: Machine\n"
                        "        - dependency:\n            node: B\n"
                        "            relationship: tosca.relationships.DependsOn\n";

} // namespace

TEST(WorkflowRules, ADependsOnLoopIsReportedOnceAndWhatWaitsOnItWarned)
{
    const LoadedTopology loaded = load(loop);
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const Problems problems = workflowProblems(loaded);
    ASSERT_EQ(problems.size(), 2) << Topologist::Test::describe(problems);
    EXPECT_EQ(problems[0].code, QStringLiteral("TOPO-WF-001"));
    EXPECT_EQ(problems[0].severity, Severity::Error);
    EXPECT_EQ(problems[0].node, QStringLiteral("A"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("A, B")))
        << problems[0].message.toStdString();
    EXPECT_EQ(problems[1].code, QStringLiteral("TOPO-WF-002"));
    EXPECT_EQ(problems[1].severity, Severity::Warning);
    EXPECT_EQ(problems[1].node, QStringLiteral("C"));
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("B")));
}

TEST(WorkflowRules, BreakingTheLoopClearsBothProblems)
{
    LoadedTopology loaded = load(loop);
    ASSERT_FALSE(workflowProblems(loaded).isEmpty());
    NodeTemplate b = *loaded.archive.topology->node(QStringLiteral("B"));
    b.requirements.removeLast();
    loaded.archive.topology->replaceNode(loaded.archive.topology->indexOf(QStringLiteral("B")), b);
    EXPECT_TRUE(workflowProblems(loaded).isEmpty())
        << Topologist::Test::describe(workflowProblems(loaded));
}

TEST(WorkflowRules, AHostingLoopIsLeftToTheHostingRule)
{
    const LoadedTopology loaded = load("    A:\n      type: tosca.nodes.WebServer\n"
                                       "      requirements:\n        - host: B\n"
                                       "    B:\n      type: tosca.nodes.WebServer\n"
                                       "      requirements:\n        - host: A\n");
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    const Problems all = Validator::standard().validate(context);
    EXPECT_TRUE(std::any_of(all.cbegin(), all.cend(), [](const Problem &p) {
        return p.code == QLatin1String("TOPO-HOST-002");
    }));
    EXPECT_TRUE(workflowProblems(loaded).isEmpty())
        << Topologist::Test::describe(workflowProblems(loaded));
}

TEST(WorkflowRules, ThePublishedBlueprintsHaveNoWorkflowProblem)
{
    for (const QString &name : Topologist::Test::topologyNames()) {
        const LoadedTopology loaded = TopologyLoader(Topologist::Test::bundledCatalog())
                                          .loadFile(Topologist::Test::publishedTopology(name));
        ASSERT_TRUE(loaded.readable);
        EXPECT_TRUE(workflowProblems(loaded).isEmpty())
            << name.toStdString() << Topologist::Test::describe(workflowProblems(loaded));
    }
}

TEST(WorkflowRules, MistakesInACustomWorkflowAreAboutTheWorkflow)
{
    const LoadedTopology loaded
        = load("    App:\n      type: tosca.nodes.SoftwareComponent\n"
               "      requirements:\n        - host: Machine\n",
               "  workflows:\n"
               "    repair:\n"
               "      steps:\n"
               "        first:\n"
               "          target: App\n"
               "          activities:\n            - call_operation: Standard.stop\n"
               "          on_success: [second, missing]\n"
               "        second:\n"
               "          target: App\n"
               "          activities:\n            - call_operation: Standard.start\n"
               "          on_success: [third]\n"
               "        third:\n"
               "          target: Gone\n"
               "          activities:\n            - set_state: started\n"
               "          on_success: [second, last]\n"
               "        last:\n"
               "          target: App\n"
               "          activities:\n            - set_state: started\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const Problems problems = workflowProblems(loaded);
    QStringList codes;
    for (const Problem &problem : problems) {
        codes << problem.code;
        EXPECT_TRUE(problem.node.isEmpty());
        EXPECT_EQ(problem.member, ProblemMember::workflow(QStringLiteral("repair")));
        EXPECT_GT(problem.location.line, 0);
    }
    std::sort(codes.begin(), codes.end());
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("TOPO-WF-003"),
                           QStringLiteral("TOPO-WF-004"),
                           QStringLiteral("TOPO-WF-005"),
                           QStringLiteral("TOPO-WF-006")}))
        << Topologist::Test::describe(problems);
    for (const Problem &problem : problems) {
        if (problem.code == QLatin1String("TOPO-WF-003"))
            EXPECT_TRUE(problem.message.contains(QStringLiteral("missing")));
        if (problem.code == QLatin1String("TOPO-WF-004"))
            EXPECT_TRUE(problem.message.contains(QStringLiteral("second, third")));
        if (problem.code == QLatin1String("TOPO-WF-005"))
            EXPECT_TRUE(problem.message.contains(QStringLiteral("last")));
    }
}

TEST(WorkflowRules, TheSampleWorkflowsOfAlien4CloudAreClean)
{
    const LoadedTopology loaded
        = load("    App:\n      type: tosca.nodes.SoftwareComponent\n"
               "      requirements:\n        - host: Machine\n",
               "  workflows:\n"
               "    install:\n"
               "      steps:\n"
               "        App_start:\n"
               "          target: App\n"
               "          activities:\n            - call_operation: Standard.start\n"
               "          on_success: [App_started]\n"
               "          on_failure: [App_stop]\n"
               "        App_started:\n"
               "          target: App\n"
               "          activities:\n            - set_state: started\n"
               "        App_stop:\n"
               "          target: App\n"
               "          activities:\n            - call_operation: Standard.stop\n");
    EXPECT_TRUE(workflowProblems(loaded).isEmpty())
        << Topologist::Test::describe(workflowProblems(loaded));
}
