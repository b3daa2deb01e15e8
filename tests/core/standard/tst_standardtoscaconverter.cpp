// SPDX-License-Identifier: GPL-3.0-or-later
// StandardToscaConverter: an Alien4Cloud topology as one standard TOSCA service template.
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "standard/standardtoscaconverter.h"
#include "standard/standardtoscaexporter.h"
#include "types/toscaversion.h"
#include "yaml/toscareader.h"
#include "yaml/yamlvaluereader.h"

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

/// A topology that uses what only Alien4Cloud reads, and types of its own.
const char *const alienTopology = R"(tosca_definitions_version: alien_dsl_2_0_0
metadata:
  template_name: shop
  template_version: 1.0.0-SNAPSHOT
  template_author: tester
imports:
  - tosca-normative-types:1.0.0-ALIEN14
node_types:
  shop.nodes.Server:
    derived_from: tosca.nodes.SoftwareComponent
    abstract: false
    tags:
      icon: images/server.png
    capabilities:
      api: shop.capabilities.Api
    requirements:
      - backend:
          capability: shop.capabilities.Api
          relationship: tosca.relationships.ConnectsTo
          occurrences: [0, 1]
    properties:
      mode:
        type: string
        constraints:
          valid_values: [fast, safe]
capability_types:
  shop.capabilities.Api:
    derived_from: tosca.capabilities.Endpoint
topology_template:
  node_templates:
    Host:
      type: tosca.nodes.Compute
    Front:
      type: shop.nodes.Server
      properties:
        mode: fast
      requirements:
        - hostedOnHost:
            type_requirement: host
            node: Host
            capability: tosca.capabilities.Container
            relationship: tosca.relationships.HostedOn
    Back:
      type: shop.nodes.Server
      requirements:
        - host: Host
  workflows:
    install:
      steps: {}
)";

LoadedTopology load(const QByteArray &yaml)
{
    return TopologyLoader(bundledCatalog()).loadBytes(yaml, QStringLiteral("shop.yml"));
}

StandardToscaConverter::Result convert(const LoadedTopology &loaded)
{
    return StandardToscaConverter(loaded.dependencies, loaded.types).convert(loaded.archive);
}

QStringList typeNames(const ToscaArchive &archive, const QString &section)
{
    return archive.typeSections.value(section).keys();
}

Value typeDefinition(const ToscaArchive &archive, const QString &section, const QString &name)
{
    return archive.typeSections.value(section).value(name);
}

} // namespace

TEST(StandardToscaConverter, WritesTheNewestStandardToscaParserKnowsWithoutImports)
{
    const LoadedTopology loaded = load(alienTopology);
    ASSERT_TRUE(errorsOf(loaded.diagnostics).isEmpty()) << describe(loaded.diagnostics);
    const ToscaArchive standard = convert(loaded).archive;
    EXPECT_EQ(standard.toscaDefinitionsVersion, QStringLiteral("tosca_simple_yaml_1_2"));
    EXPECT_TRUE(standard.imports.isEmpty());
    EXPECT_EQ(standard.name, QStringLiteral("shop"));
    EXPECT_EQ(standard.version, QStringLiteral("1.0.0-SNAPSHOT"));
    DroppedKeys dropped;
    const QByteArray yaml
        = StandardToscaExporter::yaml(CsarExporter::Source::fromLoaded(loaded), &dropped);
    EXPECT_TRUE(yaml.startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"))
        << yaml.data();
    EXPECT_FALSE(yaml.contains("imports:")) << yaml.data();
}

TEST(StandardToscaConverter, CopiesTheImportedTypesTheTopologyUsesAndNoOthers)
{
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadFile(bundledExample(QStringLiteral("marathon")));
    const ToscaArchive standard = convert(loaded).archive;
    const QStringList nodes = typeNames(standard, QStringLiteral("node_types"));
    for (const char *used : {"org.alien4cloud.nodes.MesosMaster",
                             "org.alien4cloud.nodes.MesosSlave",
                             "org.alien4cloud.nodes.Marathon",
                             // Imported from docker-engine-type, used by a node of the topology.
                             "org.alien4cloud.nodes.DockerEngine"})
        EXPECT_TRUE(nodes.contains(QLatin1String(used))) << used;
    // Rex-Ray is in mesos-types too, but the Marathon topology has no Rex-Ray node.
    EXPECT_FALSE(nodes.contains(QStringLiteral("org.alien4cloud.nodes.RexrayServer")));
    // Types only named by a used type's definitions come along.
    EXPECT_TRUE(
        typeNames(standard, QStringLiteral("relationship_types"))
            .contains(QStringLiteral("org.alien4cloud.relationships.MesosSlaveConnectsToMaster")));
    EXPECT_TRUE(typeNames(standard, QStringLiteral("capability_types"))
                    .contains(QStringLiteral("org.alien4cloud.capabilities.MesosMasterHost")));
    // Alien4Cloud's normative types are the standard's: referred to, never copied.
    EXPECT_FALSE(nodes.contains(QStringLiteral("tosca.nodes.Compute")));
    EXPECT_FALSE(nodes.contains(QStringLiteral("tosca.nodes.SoftwareComponent")));
    EXPECT_TRUE(StandardToscaConverter::standardTypeNames().contains(
        QStringLiteral("tosca.nodes.SoftwareComponent")));
}

TEST(StandardToscaConverter, NotesEveryKeyOnlyAlienReadsAsItDropsIt)
{
    const StandardToscaConverter::Result result = convert(load(alienTopology));
    const DroppedKeys expected{
        {QStringLiteral("node_types/shop.nodes.Server"), QStringLiteral("abstract"), {}},
        {QStringLiteral("node_templates/Front/host"),
         QStringLiteral("relationship name hostedOnHost"),
         {}},
        {QStringLiteral("topology_template"), QStringLiteral("workflows"), {}},
    };
    QStringList written;
    for (const DroppedKey &key : result.dropped)
        written << key.toString();
    for (const DroppedKey &key : expected)
        EXPECT_TRUE(result.dropped.contains(key))
            << key.toString().toStdString() << " not in " << written.join(", ").toStdString();
    EXPECT_EQ(result.dropped.size(), expected.size()) << written.join(", ").toStdString();
    ASSERT_TRUE(result.archive.topology);
    EXPECT_TRUE(result.archive.topology->workflows.isNull());
    // The requirement is keyed by its requirement now.
    EXPECT_EQ(result.archive.topology->node(QStringLiteral("Front"))->requirements.front().name,
              QStringLiteral("host"));
}

TEST(StandardToscaConverter, WritesAlienShortFormsAsTheStandardLongOnes)
{
    const ToscaArchive standard = convert(load(alienTopology)).archive;
    const Value server = typeDefinition(
        standard, QStringLiteral("node_types"), QStringLiteral("shop.nodes.Server"));
    // Tags become the type's metadata.
    EXPECT_EQ(server.value(QStringLiteral("metadata")).value(QStringLiteral("icon")).text(),
              QStringLiteral("images/server.png"));
    EXPECT_FALSE(server.contains(QStringLiteral("tags")));
    EXPECT_EQ(server.value(QStringLiteral("capabilities"))
                  .value(QStringLiteral("api"))
                  .value(QStringLiteral("type"))
                  .text(),
              QStringLiteral("shop.capabilities.Api"));
    const Value backend = server.value(QStringLiteral("requirements"))
                              .items()
                              .front()
                              .value(QStringLiteral("backend"));
    EXPECT_EQ(backend.value(QStringLiteral("node")).text(), QStringLiteral("tosca.nodes.Root"));
    EXPECT_EQ(backend.value(QStringLiteral("occurrences")).items().size(), 2u);
    const Value constraints = server.value(QStringLiteral("properties"))
                                  .value(QStringLiteral("mode"))
                                  .value(QStringLiteral("constraints"));
    ASSERT_TRUE(constraints.isList());
    EXPECT_TRUE(constraints.items().front().contains(QStringLiteral("valid_values")));
    // The topology's own types all go in, with what they name.
    EXPECT_TRUE(typeNames(standard, QStringLiteral("capability_types"))
                    .contains(QStringLiteral("shop.capabilities.Api")));
}

TEST(StandardToscaConverter, KeepsTheLayoutAsMetadata)
{
    LoadedTopology loaded = load(alienTopology);
    loaded.archive.topology->node(QStringLiteral("Front"))->position = QPointF(40, 12.5);
    DroppedKeys dropped;
    const QByteArray yaml
        = StandardToscaExporter::yaml(CsarExporter::Source::fromLoaded(loaded), &dropped);
    Diagnostics diagnostics;
    const Value document = YamlValueReader().read(yaml, QStringLiteral("out.yaml"), &diagnostics);
    EXPECT_EQ(
        document.value(QStringLiteral("metadata")).value(ToscaReader::layoutMetadataKey()).text(),
        QStringLiteral("Front 40 12.5"));
    const ToscaArchive back = ToscaReader().read(yaml, QStringLiteral("out.yaml"), &diagnostics);
    ASSERT_TRUE(back.topology);
    EXPECT_EQ(back.topology->node(QStringLiteral("Front"))->position, QPointF(40, 12.5));
    EXPECT_EQ(back.name, QStringLiteral("shop"));
}

TEST(StandardToscaConverter, MovesVersionsTheStandardRefusesIntoTheNodesMetadata)
{
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadFile(bundledExample(QStringLiteral("aurora")));
    const StandardToscaConverter::Result result = convert(loaded);
    const NodeTemplate *master = result.archive.topology->node(QStringLiteral("MesosMaster"));
    ASSERT_NE(master, nullptr);
    EXPECT_TRUE(master->property(QStringLiteral("component_version")).isNull());
    EXPECT_EQ(master->extras.value(QStringLiteral("metadata"))
                  .value(QStringLiteral("component_version"))
                  .text(),
              QStringLiteral("0.25.0-0.2.70"));
    bool noted = false;
    for (const DroppedKey &key : result.dropped)
        noted |= key.element == QLatin1String("node_templates/MesosMaster/properties")
                 && key.key == QLatin1String("component_version") && !key.reason.isEmpty();
    EXPECT_TRUE(noted);
}

TEST(ToscaVersion, TellsTheStandardVersionsFromAlienOnes)
{
    for (const char *standard : {"1", "1.4", "14.04", "1.4.0", "1.4.0.SNAPSHOT", "1.4.0.beta-2"})
        EXPECT_TRUE(ToscaVersion::isStandard(QLatin1String(standard))) << standard;
    for (const char *alienOnly : {"0.25.0-0.2.70",
                                  "1.8.0-131-b11",
                                  "4.0.1-ga",
                                  "1.4.0-SNAPSHOT",
                                  "0.0.0.beta",
                                  "latest",
                                  ""})
        EXPECT_FALSE(ToscaVersion::isStandard(QLatin1String(alienOnly))) << alienOnly;
}

TEST(StandardToscaConverter, TopologistReadsItsStandardExportBackWithoutErrors)
{
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadFile(bundledExample(QStringLiteral("marathon")));
    DroppedKeys dropped;
    const QByteArray yaml
        = StandardToscaExporter::yaml(CsarExporter::Source::fromLoaded(loaded), &dropped);
    const LoadedTopology back
        = TopologyLoader(bundledCatalog()).loadBytes(yaml, QStringLiteral("standard.yaml"));
    EXPECT_TRUE(errorsOf(back.diagnostics).isEmpty()) << describe(back.diagnostics);
    ASSERT_TRUE(back.archive.topology);
    EXPECT_EQ(back.archive.topology->nodeNames(), loaded.archive.topology->nodeNames());
    // Its types are its own now: it imports nothing from the catalog but the standard profile.
    ASSERT_TRUE(back.types);
    EXPECT_NE(
        back.types->declared(TypeKind::Node, QStringLiteral("org.alien4cloud.nodes.Marathon")),
        nullptr);
}
