// SPDX-License-Identifier: GPL-3.0-or-later
// The generated standard TOSCA topology the reader's scale benchmark reads (issue 13) must be
// valid: a topology of the normative types that OpenStack's tosca-parser accepts is read and
// validated by Topologist without a single problem, with every relationship on a capability.
#include "standardtoscagenerator.h"
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

/// Every problem the CLI's validate reports: the loader's and the full validator's.
Problems validateLikeTheCli(const LoadedTopology &loaded)
{
    Problems problems;
    for (const Diagnostic &d : loaded.diagnostics)
        problems.append(Problem::fromDiagnostic(d));
    if (!loaded.archive.topology)
        return problems;
    Diagnostics ruleDiagnostics;
    const auto validator
        = ValidatorFactory::create(loaded.dependencies, &ruleDiagnostics, loaded.types.get());
    for (const Diagnostic &d : std::as_const(ruleDiagnostics))
        problems.append(Problem::fromDiagnostic(d));
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    problems += validator->validate(context);
    return problems;
}

} // namespace

TEST(StandardTopology, FiftyNodesValidateWithoutAnyProblem)
{
    const StandardToscaGenerator generator(50);
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadBytes(generator.yaml(), QStringLiteral("shops.yml"));
    ASSERT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    ASSERT_TRUE(loaded.archive.topology.has_value());
    EXPECT_EQ(loaded.archive.toscaDefinitionsVersion, QStringLiteral("tosca_simple_yaml_1_0"));
    EXPECT_TRUE(loaded.archive.imports.isEmpty());

    const Problems problems = validateLikeTheCli(loaded);
    EXPECT_TRUE(problems.isEmpty()) << describe(problems);

    const TopologyTemplate &topology = *loaded.archive.topology;
    EXPECT_EQ(topology.nodeNames(), generator.nodeNames());
    EXPECT_EQ(topology.outputs.size(), 2);
    const ValidationContext context(loaded.archive, topology, *loaded.types);
    int relationships = 0;
    for (const NodeTemplate &node : topology.nodes()) {
        for (const RequirementAssignment &requirement : node.requirements) {
            ++relationships;
            const NodeTemplate *target = topology.node(requirement.node);
            ASSERT_NE(target, nullptr) << node.name.toStdString();
            EXPECT_NE(context.targetCapability(node, requirement, *target), nullptr)
                << node.name.toStdString() << "." << requirement.name.toStdString();
        }
    }
    EXPECT_EQ(relationships, generator.relationshipCount());
    EXPECT_EQ(relationships, 5 * 9);
}

TEST(StandardTopology, AGroupCutShortHasNoDanglingRequirement)
{
    // 13 nodes: the second group stops after WebApp_1, so its host is there but the Database
    // it depends on is not; the requirement is left out instead of dangling.
    const StandardToscaGenerator generator(13);
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadBytes(generator.yaml(), QStringLiteral("shops.yml"));
    ASSERT_TRUE(loaded.archive.topology.has_value()) << describe(loaded.diagnostics);
    EXPECT_TRUE(validateLikeTheCli(loaded).isEmpty()) << describe(validateLikeTheCli(loaded));
    const NodeTemplate *app = loaded.archive.topology->node(QStringLiteral("WebApp_1"));
    ASSERT_NE(app, nullptr);
    ASSERT_EQ(app->requirements.size(), 1);
    EXPECT_EQ(app->requirements.first().node, QStringLiteral("WebServer_1"));
}
