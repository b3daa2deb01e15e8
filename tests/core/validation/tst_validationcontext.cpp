// SPDX-License-Identifier: GPL-3.0-or-later
// How full a capability is, counted once in core for the validator and the designer's
// connect checks.
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "validation/validationcontext.h"

#include <gtest/gtest.h>

using namespace Topologist;

TEST(Occurrences, FullAndExceeded)
{
    const Occurrences two{0, 2};
    EXPECT_FALSE(two.isFull(1));
    EXPECT_TRUE(two.isFull(2));
    EXPECT_FALSE(two.isExceededBy(2));
    EXPECT_TRUE(two.isExceededBy(3));
    const Occurrences unbounded{0, Occurrences::Unbounded};
    EXPECT_FALSE(unbounded.isFull(1000000));
    EXPECT_FALSE(unbounded.isExceededBy(1000000));
}

TEST(ValidationContext, CapabilityUsersAreTheRequirementsConnectedToThatCapability)
{
    const QByteArray yaml
        = "tosca_definitions_version: alien_dsl_1_4_0\n"
          "metadata:\n  template_name: t\n  template_version: 1.0.0-SNAPSHOT\n"
          "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
          "node_types:\n"
          "  my.Db:\n    derived_from: tosca.nodes.Root\n"
          "    capabilities:\n      admin:\n        type: tosca.capabilities.Node\n"
          "        occurrences: [0, 2]\n"
          "topology_template:\n  node_templates:\n"
          "    Db:\n      type: my.Db\n"
          "    A:\n      type: tosca.nodes.Root\n      requirements:\n"
          "        - dependency: {node: Db, capability: admin}\n"
          "        - dependency: {node: Db, capability: feature}\n"
          "    B:\n      type: tosca.nodes.Root\n      requirements:\n"
          "        - dependency: {node: A, capability: feature}\n"
          "        - dependency: {node: Db, capability: admin}\n";
    const LoadedTopology loaded = TopologyLoader(Topologist::Test::bundledCatalog())
                                      .loadBytes(yaml, QStringLiteral("t.yml"));
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const TopologyTemplate &topology = *loaded.archive.topology;
    const ValidationContext context(loaded.archive, topology, *loaded.types);
    QStringList users;
    for (const ValidationContext::CapabilityUser &user :
         context.capabilityUsers(*topology.node(QStringLiteral("Db")), QStringLiteral("admin")))
        users << user.source->name + QLatin1Char('#') + QString::number(user.requirement);
    EXPECT_EQ(users, QStringList({QStringLiteral("A#0"), QStringLiteral("B#1")}));
    EXPECT_EQ(
        context.capabilityUsers(*topology.node(QStringLiteral("Db")), QStringLiteral("feature"))
            .size(),
        1);
}
