// SPDX-License-Identifier: GPL-3.0-or-later
// StandardToscaExporter: the standard service template as a YAML file or a CSAR.
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "csar/csarreader.h"
#include "csar/toscametadata.h"
#include "standard/standardcodes.h"
#include "standard/standardtoscaexporter.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

CsarExporter::Source marathon()
{
    return CsarExporter::Source::fromLoaded(
        TopologyLoader(bundledCatalog()).loadFile(bundledExample(QStringLiteral("marathon"))));
}

} // namespace

TEST(StandardToscaExporter, WritesACsarWhoseEntryDefinitionsAreTheStandardTemplate)
{
    const QTemporaryDir folder;
    const QString output = folder.filePath(QStringLiteral("marathon-standard.csar"));
    const StandardToscaExporter::Result result
        = StandardToscaExporter::exportTopology(marathon(), output);
    ASSERT_TRUE(result.ok) << result.summary().toStdString();
    EXPECT_TRUE(result.csar);
    CsarReader reader(output);
    ASSERT_TRUE(reader.open());
    const std::optional<QByteArray> meta = reader.readEntry(ToscaMetadata::filePath());
    ASSERT_TRUE(meta);
    const ToscaMetadata metadata = ToscaMetadata::parse(*meta, output);
    EXPECT_EQ(metadata.entryDefinitions(), QStringLiteral("marathon.yaml"));
    EXPECT_EQ(metadata.name(), QStringLiteral("marathon-topology"));
    const std::optional<QByteArray> definitions = reader.readEntry(QStringLiteral("marathon.yaml"));
    ASSERT_TRUE(definitions);
    EXPECT_TRUE(definitions->startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"));
    EXPECT_TRUE(definitions->contains("  org.alien4cloud.nodes.MesosMaster:\n"));
    // The scripts of the imported types travel along, each archive's in its own folder, where
    // the copied types now find them.
    for (const char *script : {"mesos-types/scripts/master/start.sh",
                               "docker-engine-type/scripts/install_docker_engine.sh"}) {
        EXPECT_TRUE(reader.hasFile(QLatin1String(script))) << script;
        EXPECT_TRUE(definitions->contains(script)) << script;
    }
    EXPECT_FALSE(definitions->contains(" scripts/master/start.sh"));
}

TEST(StandardToscaExporter, WritesYamlForAnyOtherSuffixAndNotesWhatItLeftOut)
{
    const QTemporaryDir folder;
    const QString output = folder.filePath(QStringLiteral("marathon.yaml"));
    const StandardToscaExporter::Result result
        = StandardToscaExporter::exportTopology(marathon(), output);
    ASSERT_TRUE(result.ok) << result.summary().toStdString();
    EXPECT_FALSE(result.csar);
    EXPECT_TRUE(readAll(output).startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"));
    // mesos-types filter the hosts of their requirements with node_filter, Alien4Cloud's own.
    ASSERT_FALSE(result.dropped.isEmpty());
    const DroppedKey expected{QStringLiteral("node_types/org.alien4cloud.nodes.MesosMaster/"
                                             "requirements/host"),
                              QStringLiteral("node_filter"),
                              {}};
    EXPECT_TRUE(result.dropped.contains(expected));
    const Diagnostic *note = findDiagnostic(result.diagnostics, StandardCode::DroppedKeys);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->severity, Severity::Info);
    EXPECT_TRUE(note->message.contains(expected.toString()));
    EXPECT_TRUE(result.summary().contains(expected.toString())) << result.summary().toStdString();
}

TEST(StandardToscaExporter, RefusesToWriteOverTheTopologysOwnFile)
{
    const QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("marathon.yml"));
    ASSERT_TRUE(writeFile(file, readAll(bundledExample(QStringLiteral("marathon")))));
    const CsarExporter::Source source
        = CsarExporter::Source::fromLoaded(TopologyLoader(bundledCatalog()).loadFile(file));
    const QByteArray before = readAll(file);
    const StandardToscaExporter::Result result
        = StandardToscaExporter::exportTopology(source, file);
    EXPECT_FALSE(result.ok);
    EXPECT_NE(findDiagnostic(result.diagnostics, StandardCode::OntoInput), nullptr);
    EXPECT_EQ(readAll(file), before);
    EXPECT_TRUE(result.summary().contains(QStringLiteral("Not exported")));
}

TEST(StandardToscaExporter, RefusesACsarWithoutTheScriptsItsNodesReferTo)
{
    const QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("scripted.yml"));
    ASSERT_TRUE(writeFile(file,
                          "tosca_definitions_version: alien_dsl_1_4_0\n"
                          "metadata:\n  template_name: scripted\n  template_version: 1.0.0\n"
                          "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                          "topology_template:\n  node_templates:\n    Host:\n"
                          "      type: tosca.nodes.Compute\n      interfaces:\n"
                          "        Standard:\n          create: scripts/missing.sh\n"));
    const CsarExporter::Source source
        = CsarExporter::Source::fromLoaded(TopologyLoader(bundledCatalog()).loadFile(file));
    const QString output = folder.filePath(QStringLiteral("scripted.csar"));
    const StandardToscaExporter::Result result
        = StandardToscaExporter::exportTopology(source, output);
    EXPECT_FALSE(result.ok);
    const Diagnostic *missing = findDiagnostic(result.diagnostics, StandardCode::MissingFile);
    ASSERT_NE(missing, nullptr);
    EXPECT_TRUE(missing->message.contains(QStringLiteral("scripts/missing.sh")));
    EXPECT_FALSE(QFileInfo::exists(output));
    // As YAML it has nothing to carry.
    EXPECT_TRUE(
        StandardToscaExporter::exportTopology(source, folder.filePath(QStringLiteral("s.yaml")))
            .ok);
}
