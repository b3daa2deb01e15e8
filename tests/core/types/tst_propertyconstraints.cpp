// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "types/propertyconstraints.h"
#include "types/typeregistry.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Topologist;

namespace {

/// A node type with the given properties, and a data type acme.Port (an integer 1..65535).
LoadedTopology load(const QByteArray &properties)
{
    const QByteArray yaml
        = "tosca_definitions_version: alien_dsl_1_4_0\n"
          "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
          "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
          "data_types:\n  acme.Port:\n    derived_from: integer\n"
          "    constraints:\n      - in_range: [1, 65535]\n"
          "node_types:\n  acme.App:\n    derived_from: tosca.nodes.Root\n    properties:\n"
          + properties;
    return TopologyLoader(Topologist::Test::bundledCatalog())
        .loadBytes(yaml, QStringLiteral("t.yml"));
}

PropertyConstraints constraintsOf(const LoadedTopology &loaded, const char *property)
{
    const TypeDefinition *type = loaded.types->resolved(TypeKind::Node, QStringLiteral("acme.App"));
    EXPECT_NE(type, nullptr);
    const PropertyDefinition *definition
        = findDefinition(type->properties, QString::fromLatin1(property));
    EXPECT_NE(definition, nullptr) << property;
    return PropertyConstraints(*definition, *loaded.types);
}

} // namespace

TEST(PropertyConstraints, ADataTypesConstraintsApplyFirst)
{
    const LoadedTopology loaded = load("      port:\n        type: acme.Port\n"
                                       "        constraints:\n          - less_than: 1024\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const PropertyConstraints port = constraintsOf(loaded, "port");
    EXPECT_EQ(port.primitive(), QStringLiteral("integer"));
    ASSERT_EQ(port.all().size(), 2);
    EXPECT_EQ(port.all()[0].op, Constraint::Operator::InRange);
    EXPECT_EQ(port.all()[1].op, Constraint::Operator::LessThan);
    const PropertyConstraints::Range range = port.range(true);
    EXPECT_EQ(range.low, 1);
    EXPECT_EQ(range.high, 1023); // strictly less than 1024, as an integer
    EXPECT_EQ(port.range(false).high, 1024);
}

TEST(PropertyConstraints, ComparisonsNarrowTheRangeAndUnboundedLeavesItOpen)
{
    const LoadedTopology loaded
        = load("      count:\n        type: integer\n        constraints:\n"
               "          - greater_than: 0\n          - in_range: [-5, UNBOUNDED]\n"
               "      exact:\n        type: float\n        constraints:\n          - equal: 2.5\n"
               "      free:\n        type: integer\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const PropertyConstraints::Range count = constraintsOf(loaded, "count").range(true);
    EXPECT_EQ(count.low, 1);
    EXPECT_EQ(count.high, std::numeric_limits<double>::max());
    const PropertyConstraints::Range exact = constraintsOf(loaded, "exact").range(false);
    EXPECT_EQ(exact.low, 2.5);
    EXPECT_EQ(exact.high, 2.5);
    const PropertyConstraints::Range free = constraintsOf(loaded, "free").range(true);
    EXPECT_EQ(free.low, -std::numeric_limits<double>::max());
}

TEST(PropertyConstraints, TheLastValidValuesClauseGivesTheChoices)
{
    const LoadedTopology loaded
        = load("      mode:\n        type: string\n        constraints:\n"
               "          - valid_values: [a, b]\n          - valid_values: [x, y, z]\n"
               "      open:\n        type: string\n");
    ASSERT_TRUE(loaded.readable) << Topologist::Test::describe(loaded.diagnostics);
    const QList<Value> choices = constraintsOf(loaded, "mode").validValues();
    ASSERT_EQ(choices.size(), 3);
    EXPECT_EQ(choices[0].text(), QStringLiteral("x"));
    EXPECT_TRUE(constraintsOf(loaded, "open").validValues().isEmpty());
}
