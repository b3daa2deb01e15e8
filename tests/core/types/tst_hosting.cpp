// SPDX-License-Identifier: GPL-3.0-or-later
// What hosts a node, asked once in core for the validator, the canvas and the outline.
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "types/hosting.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

LoadedTopology load(const QByteArray &nodes)
{
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                            "topology_template:\n  node_templates:\n"
                            "    Machine:\n      type: tosca.nodes.Compute\n"
                            "    Other:\n      type: tosca.nodes.Compute\n"
                            + nodes;
    return TopologyLoader(Topologist::Test::bundledCatalog())
        .loadBytes(yaml, QStringLiteral("t.yml"));
}

QString hostOf(const LoadedTopology &loaded, const QString &name)
{
    return Hosting(*loaded.types).hostOf(*loaded.archive.topology->node(name));
}

} // namespace

TEST(Hosting, TheShortFormTakesTheRelationshipOfTheTypesDefinition)
{
    const LoadedTopology loaded = load("    App:\n      type: tosca.nodes.SoftwareComponent\n"
                                       "      requirements:\n        - host: Machine\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    EXPECT_EQ(hostOf(loaded, QStringLiteral("App")), QStringLiteral("Machine"));
    EXPECT_EQ(hostOf(loaded, QStringLiteral("Machine")), QString());
}

TEST(Hosting, AnExplicitRelationshipDecidesAndTheFirstHostingOneWins)
{
    const LoadedTopology loaded = load("    App:\n      type: tosca.nodes.SoftwareComponent\n"
                                       "      requirements:\n"
                                       "        - dependency:\n            node: Other\n"
                                       "            relationship: tosca.relationships.DependsOn\n"
                                       "        - host: Machine\n"
                                       "        - host: Other\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const Hosting hosting(*loaded.types);
    const NodeTemplate &app = *loaded.archive.topology->node(QStringLiteral("App"));
    EXPECT_EQ(hosting.hostingRequirement(app), 1);
    EXPECT_FALSE(hosting.isHosting(app, app.requirements[0]));
    EXPECT_EQ(hostOf(loaded, QStringLiteral("App")), QStringLiteral("Machine"));
}

TEST(Hosting, ANodeOfAnUnknownTypeIsHostedOnNothing)
{
    const LoadedTopology loaded = load("    Stray:\n      type: my.Unknown\n"
                                       "      requirements:\n        - host: Machine\n");
    EXPECT_EQ(hostOf(loaded, QStringLiteral("Stray")), QString());
}

TEST(Hosting, TheHostingDefinitionOfAType)
{
    const LoadedTopology loaded = load("");
    const Hosting hosting(*loaded.types);
    const RequirementDefinition *definition
        = hosting.hostingDefinition(QStringLiteral("tosca.nodes.SoftwareComponent"));
    ASSERT_NE(definition, nullptr);
    EXPECT_EQ(definition->name, QStringLiteral("host"));
    EXPECT_EQ(hosting.hostingDefinition(QStringLiteral("tosca.nodes.Compute")), nullptr);
}
