// SPDX-License-Identifier: GPL-3.0-or-later
// ToscaWriter: read -> write -> read gives the same model, a second write gives the same bytes,
// and nothing the reader kept (unknown keys, layout, dialect) is lost on the way.
#include "testhelpers.h"
#include "testpaths.h"

#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

struct RoundTrip
{
    ToscaArchive original;
    QByteArray firstWrite;
    ToscaArchive reread;
    QByteArray secondWrite;
    Diagnostics rereadDiagnostics;
};

RoundTrip roundTrip(const ToscaArchive &original, const ToscaWriter::Options &options = {})
{
    RoundTrip trip;
    trip.original = original;
    trip.firstWrite = ToscaWriter().write(original, options);
    trip.reread = ToscaReader().read(
        trip.firstWrite, QStringLiteral("written.yml"), &trip.rereadDiagnostics);
    trip.secondWrite = ToscaWriter().write(trip.reread, options);
    return trip;
}

/// The full check: same model, same bytes, nothing reported on the written file that the
/// original did not have.
void expectStableRoundTrip(const QString &path)
{
    SCOPED_TRACE(path.toStdString());
    Diagnostics diagnostics;
    const ToscaArchive original = ToscaReader().readFile(path, &diagnostics);
    ASSERT_TRUE(errorsOf(diagnostics).isEmpty()) << describe(diagnostics);
    const RoundTrip trip = roundTrip(original);
    EXPECT_EQ(trip.rereadDiagnostics.size(), diagnostics.size())
        << describe(trip.rereadDiagnostics);
    EXPECT_TRUE(trip.reread == original) << trip.firstWrite.toStdString();
    EXPECT_EQ(trip.secondWrite, trip.firstWrite);
}

ToscaArchive readText(const QByteArray &yaml)
{
    Diagnostics diagnostics;
    ToscaArchive archive = ToscaReader().read(yaml, QStringLiteral("inline.yml"), &diagnostics);
    EXPECT_TRUE(errorsOf(diagnostics).isEmpty()) << describe(diagnostics);
    return archive;
}

} // namespace

TEST(ToscaWriter, BundledExamplesRoundTrip)
{
    for (const QString &name : topologyNames())
        expectStableRoundTrip(bundledExample(name));
}

TEST(ToscaWriter, PublishedTopologiesRoundTrip)
{
    for (const QString &name : topologyNames()) {
        const QString path = publishedTopology(name);
        if (!QFile::exists(path))
            GTEST_SKIP() << "reference archives not available on this machine: "
                         << path.toStdString();
        expectStableRoundTrip(path);
    }
}

TEST(ToscaWriter, BundledTypeArchivesRoundTrip)
{
    // Type sections are kept as written; a catalog archive saved again reads the same.
    for (const char *path : {":/types/tosca-normative-types/normative-types.yml",
                             ":/types/mesos-types/mesos-types.yml",
                             ":/types/docker-engine-type/docker-engine.yml",
                             ":/types/aurora-types/aurora-types.yml",
                             ":/types/tosca-simple-profile/tosca-simple-profile.yml"}) {
        Diagnostics diagnostics;
        const ToscaArchive original = ToscaReader().readFile(QLatin1String(path), &diagnostics);
        const RoundTrip trip = roundTrip(original);
        EXPECT_TRUE(trip.rereadDiagnostics.isEmpty()) << path << describe(trip.rereadDiagnostics);
        EXPECT_TRUE(trip.reread == original) << path;
        EXPECT_EQ(trip.reread.types.size(), original.types.size()) << path;
        EXPECT_EQ(trip.secondWrite, trip.firstWrite) << path;
    }
}

TEST(ToscaWriter, FeaturesRoundTrip)
{
    expectStableRoundTrip(dataPath(QStringLiteral("valid/features.yml")));
}

TEST(ToscaWriter, UnknownKeysSurvive)
{
    Diagnostics diagnostics;
    const ToscaArchive original
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/features.yml")), &diagnostics);
    const RoundTrip trip = roundTrip(original);
    const ToscaArchive &back = trip.reread;
    // Top level.
    ASSERT_EQ(back.extras.keys(), QStringList{QStringLiteral("x_unknown_top_level")});
    EXPECT_EQ(back.extras, original.extras);
    EXPECT_EQ(back.extras.value(QStringLiteral("x_unknown_top_level"))
                  .value(QStringLiteral("tags"))
                  .items()
                  .size(),
              2u);
    // substitution_mappings, a section of topology_template the model keeps as written.
    ASSERT_TRUE(back.topology.has_value());
    const Value mappings = back.topology->substitutionMappings;
    EXPECT_EQ(mappings.value(QStringLiteral("node_type")).text(),
              QStringLiteral("org.example.nodes.MesosCluster"));
    EXPECT_EQ(mappings.value(QStringLiteral("capabilities"))
                  .value(QStringLiteral("master"))
                  .items()
                  .size(),
              2u);
    EXPECT_EQ(back.topology->substitutionMappings, original.topology->substitutionMappings);
    // A node template key.
    const NodeTemplate *compute = back.topology->node(QStringLiteral("Compute"));
    ASSERT_NE(compute, nullptr);
    EXPECT_EQ(compute->extras.value(QStringLiteral("x_unknown_node_key"))
                  .value(QStringLiteral("note"))
                  .text(),
              QStringLiteral("kept when saving"));
}

TEST(ToscaWriter, UnknownKeysOfInputsArtifactsAndImportsSurvive)
{
    // TOSCA 1.2 and 1.3 keys the model does not interpret, at the levels it does model.
    const ToscaArchive original = readText("tosca_definitions_version: tosca_simple_yaml_1_3\n"
                                           "imports:\n"
                                           "  - file: types/extra.yaml\n"
                                           "    repository: company_repo\n"
                                           "    namespace_prefix: co\n"
                                           "  - plain.yaml\n"
                                           "topology_template:\n"
                                           "  inputs:\n"
                                           "    port:\n"
                                           "      type: integer\n"
                                           "      status: experimental\n"
                                           "      metadata: {owner: ops}\n"
                                           "  node_templates:\n"
                                           "    A:\n"
                                           "      type: a.B\n"
                                           "      artifacts:\n"
                                           "        config:\n"
                                           "          type: tosca.artifacts.File\n"
                                           "          file: conf.json\n"
                                           "          checksum: abc123\n"
                                           "          checksum_algorithm: SHA-256\n"
                                           "          properties: {mode: \"0644\"}\n");
    const RoundTrip trip = roundTrip(original);
    const QByteArray &written = trip.firstWrite;
    for (const char *kept : {"repository: company_repo",
                             "namespace_prefix: co",
                             "status: experimental",
                             "owner: ops",
                             "checksum: abc123",
                             "checksum_algorithm: SHA-256",
                             "mode: \"0644\""})
        EXPECT_TRUE(written.contains(kept)) << kept << "\n" << written.toStdString();
    EXPECT_TRUE(trip.reread == original) << written.toStdString();
    EXPECT_EQ(trip.secondWrite, written);
    // What is modelled is still read as before.
    ASSERT_EQ(trip.reread.imports.size(), 2);
    EXPECT_EQ(trip.reread.imports[0].file, QStringLiteral("types/extra.yaml"));
    EXPECT_EQ(trip.reread.imports[1].file, QStringLiteral("plain.yaml"));
    EXPECT_EQ(trip.reread.topology->inputs[0].type, QStringLiteral("integer"));
    EXPECT_EQ(trip.reread.topology->nodeAt(0).artifacts[0].filePath(), QStringLiteral("conf.json"));
}

TEST(ToscaWriter, GoldenOutput)
{
    // Locks the key order and formatting: a change here changes every file users save.
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/features.yml")), &diagnostics);
    const QByteArray written = ToscaWriter().write(archive);
    const QByteArray golden = readAll(dataPath(QStringLiteral("golden/features.yml")));
    ASSERT_FALSE(golden.isEmpty());
    EXPECT_EQ(written.toStdString(), golden.toStdString());
}

TEST(ToscaWriter, LayoutRoundTrip)
{
    Diagnostics diagnostics;
    ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/layout.yml")), &diagnostics);
    ASSERT_TRUE(archive.topology.has_value());
    const RoundTrip trip = roundTrip(archive);
    EXPECT_TRUE(trip.reread == archive) << trip.firstWrite.toStdString();
    EXPECT_EQ(*trip.reread.topology->node(QStringLiteral("Docker"))->position, QPointF(260, -120));
    EXPECT_FALSE(trip.reread.topology->node(QStringLiteral("Unplaced"))->position.has_value());
    EXPECT_EQ(trip.secondWrite, trip.firstWrite);
}

TEST(ToscaWriter, PositionsSetInTheEditorRoundTrip)
{
    // The canvas works in floating point; a saved and reopened topology must not move nodes.
    Diagnostics diagnostics;
    ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/layout.yml")), &diagnostics);
    TopologyTemplate &topology = *archive.topology;
    topology.node(QStringLiteral("Compute"))->position = QPointF(12.5, -7.25);
    topology.node(QStringLiteral("Unplaced"))->position = QPointF(1e6 + 0.5, 0.1);
    const RoundTrip trip = roundTrip(archive);
    EXPECT_EQ(*trip.reread.topology->node(QStringLiteral("Compute"))->position,
              QPointF(12.5, -7.25));
    EXPECT_EQ(*trip.reread.topology->node(QStringLiteral("Unplaced"))->position,
              QPointF(1e6 + 0.5, 0.1));
    EXPECT_TRUE(trip.reread == archive) << trip.firstWrite.toStdString();
}

TEST(ToscaWriter, LayoutCanBeLeftOut)
{
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/layout.yml")), &diagnostics);
    ToscaWriter::Options options;
    options.writeLayout = false;
    const QByteArray written = ToscaWriter().write(archive, options);
    EXPECT_FALSE(written.contains("topologist_layout"));
}

TEST(ToscaWriter, KeepsTheDialectOfTheFile)
{
    // alien_dsl_2_0_0 names each relationship; saving as 1.4.0 would lose those names.
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/alien-dsl-2.yml")), &diagnostics);
    const RoundTrip trip = roundTrip(archive);
    EXPECT_TRUE(trip.firstWrite.startsWith("tosca_definitions_version: alien_dsl_2_0_0\n"))
        << trip.firstWrite.toStdString();
    EXPECT_TRUE(trip.reread == archive) << trip.firstWrite.toStdString();
    const RequirementAssignment &r
        = trip.reread.topology->node(QStringLiteral("Docker"))->requirements[0];
    EXPECT_EQ(r.relationshipName, QStringLiteral("dockerHostedOnCompute"));
    EXPECT_EQ(r.name, QStringLiteral("host"));
    EXPECT_EQ(trip.secondWrite, trip.firstWrite);
}

TEST(ToscaWriter, KeepsTheSimpleProfileDialect)
{
    // A tosca_simple_yaml file with no imports resolves through the bundled simple profile; saved
    // as alien_dsl it would lose its types.
    expectStableRoundTrip(dataPath(QStringLiteral("valid/simple-profile.yml")));
}

TEST(ToscaWriter, DialectOptionConverts)
{
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/alien-dsl-2.yml")), &diagnostics);
    ToscaWriter::Options options;
    options.dialect = QStringLiteral("alien_dsl_1_4_0");
    const QByteArray written = ToscaWriter().write(archive, options);
    EXPECT_TRUE(written.startsWith("tosca_definitions_version: alien_dsl_1_4_0\n"));
    // 1.4.0 keys requirements by requirement name.
    EXPECT_TRUE(written.contains("- host:"));
    EXPECT_FALSE(written.contains("type_requirement"));
}

TEST(ToscaWriter, NewArchiveUsesTheDefaultDialect)
{
    ToscaArchive archive;
    archive.name = QStringLiteral("fresh");
    archive.version = QStringLiteral("0.1.0-SNAPSHOT");
    archive.topology = TopologyTemplate();
    NodeTemplate node;
    node.name = QStringLiteral("Compute");
    node.type = QStringLiteral("tosca.nodes.Compute");
    node.properties = Value::map();
    node.extras = Value::map();
    archive.topology->appendNode(node);
    const QByteArray written = ToscaWriter().write(archive);
    EXPECT_TRUE(written.startsWith("tosca_definitions_version: alien_dsl_1_4_0\n"))
        << written.toStdString();
    // An empty property map is not written.
    EXPECT_FALSE(written.contains("properties")) << written.toStdString();
    const ToscaArchive back = readText(written);
    EXPECT_EQ(back.name, QStringLiteral("fresh"));
    EXPECT_EQ(back.topology->nodeNames(), QStringList{QStringLiteral("Compute")});
}

TEST(ToscaWriter, MultiLineStrings)
{
    const ToscaArchive archive
        = readText("tosca_definitions_version: alien_dsl_1_4_0\n"
                   "description: |-\n"
                   "  No final line break\n"
                   "  here\n"
                   "topology_template:\n"
                   "  description: \"two\\nfinal\\nbreaks\\n\\n\"\n"
                   "  node_templates:\n"
                   "    A:\n"
                   "      type: a.B\n"
                   "      description: \"  indented first line\\nsecond\\n\"\n"
                   "      properties:\n"
                   "        script: |\n"
                   "          #!/bin/sh\n"
                   "          echo hello\n"
                   "        folded: >\n"
                   "          one\n"
                   "          two\n"
                   "        crlf: \"a\\r\\nb\\r\\n\"\n");
    EXPECT_EQ(archive.description, QStringLiteral("No final line break\nhere"));
    EXPECT_EQ(archive.topology->description, QStringLiteral("two\nfinal\nbreaks\n\n"));
    const RoundTrip trip = roundTrip(archive);
    EXPECT_EQ(trip.reread.description, archive.description) << trip.firstWrite.toStdString();
    EXPECT_EQ(trip.reread.topology->description, archive.topology->description)
        << trip.firstWrite.toStdString();
    const NodeTemplate *a = trip.reread.topology->node(QStringLiteral("A"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->description, QStringLiteral("  indented first line\nsecond\n"))
        << trip.firstWrite.toStdString();
    EXPECT_EQ(a->property(QStringLiteral("script")).text(),
              QStringLiteral("#!/bin/sh\necho hello\n"));
    EXPECT_EQ(a->property(QStringLiteral("folded")).text(), QStringLiteral("one two\n"));
    EXPECT_EQ(a->property(QStringLiteral("crlf")).text(), QStringLiteral("a\r\nb\r\n"));
    EXPECT_TRUE(trip.reread == archive) << trip.firstWrite.toStdString();
    EXPECT_EQ(trip.secondWrite, trip.firstWrite);
}

TEST(ToscaWriter, ScalarsThatNeedQuotes)
{
    const ToscaArchive archive = readText("tosca_definitions_version: alien_dsl_1_4_0\n"
                                          "topology_template:\n"
                                          "  node_templates:\n"
                                          "    A:\n"
                                          "      type: a.B\n"
                                          "      properties:\n"
                                          "        colon: \"a: b\"\n"
                                          "        star: \"*star\"\n"
                                          "        hash: \"x #y\"\n"
                                          "        yes_string: \"yes\"\n"
                                          "        null_string: \"null\"\n"
                                          "        empty: \"\"\n"
                                          "        spaces: \" padded \"\n"
                                          "        quoted_number: \"5050\"\n"
                                          "        number: 5050\n"
                                          "        version: 14.04\n"
                                          "        nothing: ~\n"
                                          "        unicode: \"Caf\xC3\xA9 \xE2\x9C\x93\"\n"
                                          "        list: [a, \"b, c\", [d]]\n"
                                          "        empty_list: []\n"
                                          "        empty_map: {}\n");
    const RoundTrip trip = roundTrip(archive);
    EXPECT_TRUE(trip.rereadDiagnostics.isEmpty()) << describe(trip.rereadDiagnostics);
    EXPECT_TRUE(trip.reread == archive) << trip.firstWrite.toStdString();
    EXPECT_EQ(trip.secondWrite, trip.firstWrite);
    const NodeTemplate *a = trip.reread.topology->node(QStringLiteral("A"));
    EXPECT_TRUE(a->property(QStringLiteral("quoted_number")).isQuoted());
    EXPECT_FALSE(a->property(QStringLiteral("number")).isQuoted());
    EXPECT_TRUE(a->property(QStringLiteral("yes_string")).isQuoted());
    EXPECT_TRUE(a->property(QStringLiteral("nothing")).isNull());
    EXPECT_EQ(a->property(QStringLiteral("spaces")).text(), QStringLiteral(" padded "));
    EXPECT_EQ(a->property(QStringLiteral("unicode")).text(), QStringLiteral("Caf\u00e9 \u2713"));
    // UTF-8 as is, not escaped.
    EXPECT_TRUE(trip.firstWrite.contains("Caf\xC3\xA9 \xE2\x9C\x93"));
}

TEST(ToscaWriter, FunctionsAreWrittenAsCalls)
{
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/features.yml")), &diagnostics);
    const QByteArray written = ToscaWriter().write(archive);
    EXPECT_TRUE(written.contains("port: {get_input: master_port}")) << written.toStdString();
    EXPECT_TRUE(written.contains("cluster_name: {concat: [\"cluster-\", {get_input: cluster}, "
                                 "\"-\", {get_attribute: [Compute, ip_address]}]}"))
        << written.toStdString();
}

TEST(ToscaWriter, RequirementShortAndLongForm)
{
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(dataPath(QStringLiteral("valid/features.yml")), &diagnostics);
    const QByteArray written = ToscaWriter().write(archive);
    EXPECT_TRUE(written.contains("        - host: Compute\n")) << written.toStdString();
    EXPECT_TRUE(written.contains("        - host:\n"
                                 "            node: Compute\n"
                                 "            capability: tosca.capabilities.Container\n"
                                 "            relationship: tosca.relationships.HostedOn\n"))
        << written.toStdString();
}

TEST(ToscaWriter, NodeTemplatesFragment)
{
    Diagnostics diagnostics;
    const ToscaArchive archive
        = ToscaReader().readFile(bundledExample(QStringLiteral("marathon")), &diagnostics);
    const QList<NodeTemplate> nodes = {*archive.topology->node(QStringLiteral("MesosMaster")),
                                       *archive.topology->node(QStringLiteral("Marathon"))};
    const QByteArray fragment = ToscaWriter().writeNodeTemplates(nodes);
    EXPECT_TRUE(fragment.startsWith("node_templates:\n")) << fragment.toStdString();
    // Pasted under a topology_template it reads back as the same nodes.
    QByteArray indented = fragment;
    indented.replace("\n", "\n  ");
    const ToscaArchive back
        = readText("tosca_definitions_version: alien_dsl_1_4_0\ntopology_template:\n  "
                   + indented.trimmed() + '\n');
    ASSERT_TRUE(back.topology.has_value());
    ASSERT_EQ(back.topology->nodeCount(), 2);
    EXPECT_TRUE(back.topology->nodeAt(0) == nodes[0]);
    EXPECT_TRUE(back.topology->nodeAt(1) == nodes[1]);
}

TEST(ToscaWriter, AlienDslSectionsRoundTrip)
{
    expectStableRoundTrip(dataPath(QStringLiteral("valid/alien-dsl-sections.yml")));
}

// The sections the model types are written in the forms Alien4Cloud writes them, and a change
// to them is saved.
TEST(ToscaWriter, GroupsPoliciesAndRepositoriesAreWrittenAsAlien4CloudWritesThem)
{
    Diagnostics diagnostics;
    ToscaArchive archive = ToscaReader().readFile(
        dataPath(QStringLiteral("valid/alien-dsl-sections.yml")), &diagnostics);
    archive.topology->policies[0].targets.removeLast();
    archive.topology->groups[0].members << QStringLiteral("Database");
    archive.repositories[0].url = QStringLiteral("https://registry.example.com/");
    const QByteArray written = ToscaWriter().write(archive);
    EXPECT_TRUE(written.contains("  policies:\n    - AntiAffinity:\n"
                                 "        type: org.alien4cloud.policies.AntiAffinity\n"))
        << written.toStdString();
    EXPECT_TRUE(written.contains("targets: [Web]\n")) << written.toStdString();
    EXPECT_TRUE(written.contains("members: [Web, Database]\n")) << written.toStdString();
    EXPECT_TRUE(written.contains("  github: https://github.com/alien4cloud/samples.git\n"))
        << written.toStdString();
    EXPECT_TRUE(written.contains("url: https://registry.example.com/\n")) << written.toStdString();
    const ToscaArchive back = readText(written);
    EXPECT_TRUE(back == archive);
}

TEST(ToscaWriter, PoliciesReadAsAMapStayAMapAndEmptyPropertiesStay)
{
    const ToscaArchive archive
        = readText("tosca_definitions_version: tosca_simple_yaml_1_3\n"
                   "topology_template:\n"
                   "  node_templates: {A: {type: t.A}}\n"
                   "  policies:\n"
                   "    scale: {type: tosca.policies.Scaling, properties: {}}\n"
                   "  groups:\n"
                   "    g: {members: [A], properties: {}}\n");
    const QByteArray written = ToscaWriter().write(archive);
    EXPECT_TRUE(written.contains("  policies:\n    scale:\n")) << written.toStdString();
    EXPECT_TRUE(readText(written) == archive);
}
