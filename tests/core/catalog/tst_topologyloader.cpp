// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyLoader end to end: the four published Mesos topologies (and their bundled copies) load
// with their imports, with the right nodes and relationships, and every broken input gives a
// diagnostic that names the file and line. "Broken" includes what the structural validator
// finds, as `topologist-cli inspect` reports it.
#include "testhelpers.h"
#include "testpaths.h"
#include "topologygenerator.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

struct ExpectedTopology
{
    const char *name;
    QStringList nodes;         // "name: type", in file order
    QStringList relationships; // "source.requirement -> target.capability (capability type)
                               // [relationship type]"
    int outputs;
};

const QList<ExpectedTopology> &expectedTopologies()
{
    static const QList<ExpectedTopology> expected = {
        {"mesos-ha",
         {QStringLiteral("Master_Compute: tosca.nodes.Compute"),
          QStringLiteral("Mesos_Master: org.alien4cloud.nodes.MesosMaster"),
          QStringLiteral("Slave_Compute: tosca.nodes.Compute"),
          QStringLiteral("Mesos_Slave: org.alien4cloud.nodes.MesosSlave")},
         {QStringLiteral("Mesos_Master.host -> Master_Compute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("Mesos_Slave.host -> Slave_Compute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("Mesos_Slave.master -> Mesos_Master.master "
                         "(org.alien4cloud.capabilities.MesosMaster) "
                         "[org.alien4cloud.relationships.MesosSlaveConnectsToMaster]")},
         2},
        {"aurora",
         {QStringLiteral("Slave_Compute: tosca.nodes.Compute"),
          QStringLiteral("MesosMaster: org.alien4cloud.nodes.MesosMaster"),
          QStringLiteral("AuroraScheduler: org.alien4cloud.nodes.AuroraScheduler"),
          QStringLiteral("Master_Compute: tosca.nodes.Compute"),
          QStringLiteral("AuroraExecutor: org.alien4cloud.nodes.AuroraExecutor"),
          QStringLiteral("MesosSlave: org.alien4cloud.nodes.MesosSlave")},
         {QStringLiteral("MesosMaster.host -> Master_Compute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("AuroraScheduler.host -> MesosMaster.master "
                         "(org.alien4cloud.capabilities.MesosMaster) "
                         "[org.alien4cloud.relationships.AuroraSchedulerHostedOnMaster]"),
          QStringLiteral("AuroraExecutor.host -> MesosSlave.host "
                         "(org.alien4cloud.capabilities.MesosSlaveHost) "
                         "[org.alien4cloud.relationships.AuroraExecutorHostedOnSlave]"),
          QStringLiteral("MesosSlave.host -> Slave_Compute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "MesosSlave.master -> MesosMaster.master (org.alien4cloud.capabilities.MesosMaster) "
              "[org.alien4cloud.relationships.MesosSlaveConnectsToMaster]")},
         2},
        {"marathon",
         {QStringLiteral("MasterCompute: tosca.nodes.Compute"),
          QStringLiteral("MesosMaster: org.alien4cloud.nodes.MesosMaster"),
          QStringLiteral("Marathon: org.alien4cloud.nodes.Marathon"),
          QStringLiteral("SlaveCompute: tosca.nodes.Compute"),
          QStringLiteral("MesosSlave_2: org.alien4cloud.nodes.MesosSlave"),
          QStringLiteral("MesosDNS: org.alien4cloud.nodes.MesosDNS"),
          QStringLiteral("DockerEngine: org.alien4cloud.nodes.DockerEngine"),
          QStringLiteral("SlaveCompute_2: tosca.nodes.Compute"),
          QStringLiteral("DockerEngine_2: org.alien4cloud.nodes.DockerEngine"),
          QStringLiteral("MesosSlave: org.alien4cloud.nodes.MesosSlave"),
          QStringLiteral("MarathonLB: org.alien4cloud.nodes.MarathonLB")},
         {QStringLiteral("MesosMaster.host -> MasterCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "Marathon.host -> MesosMaster.host (org.alien4cloud.capabilities.MesosMasterHost) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral("MesosSlave_2.host -> SlaveCompute_2.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("MesosSlave_2.master -> MesosMaster.master "
                         "(org.alien4cloud.capabilities.MesosMaster) "
                         "[org.alien4cloud.relationships.MesosSlaveConnectsToMaster]"),
          QStringLiteral("MesosSlave_2.docker_cli -> DockerEngine_2.docker_cli "
                         "(org.alien4cloud.capabilities.DockerCLI) "
                         "[org.alien4cloud.relationships.MesosSlaveDependsOnDocker]"),
          QStringLiteral("MesosDNS.marathon -> Marathon.marathon "
                         "(org.alien4cloud.capabilities.MarathonMaster) "
                         "[org.alien4cloud.relationships.MesosDNSConnectsToMaster]"),
          QStringLiteral(
              "MesosDNS.host -> MesosSlave_2.host (org.alien4cloud.capabilities.MesosSlaveHost) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral("DockerEngine.host -> SlaveCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "DockerEngine_2.host -> SlaveCompute_2.host (tosca.capabilities.Container) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "MesosSlave.master -> MesosMaster.master (org.alien4cloud.capabilities.MesosMaster) "
              "[org.alien4cloud.relationships.MesosSlaveConnectsToMaster]"),
          QStringLiteral("MesosSlave.docker_cli -> DockerEngine.docker_cli "
                         "(org.alien4cloud.capabilities.DockerCLI) "
                         "[org.alien4cloud.relationships.MesosSlaveDependsOnDocker]"),
          QStringLiteral("MesosSlave.dns_server -> MesosDNS.dns_server "
                         "(org.alien4cloud.capabilities.MesosDNS) "
                         "[org.alien4cloud.relationships.MesosSlaveConnectsToDNS]"),
          QStringLiteral("MesosSlave.host -> SlaveCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "MarathonLB.host -> Marathon.host (org.alien4cloud.capabilities.MarathonHost) "
              "[tosca.relationships.HostedOn]")},
         2},
        {"marathon-rexray",
         {QStringLiteral("MesosMaster: org.alien4cloud.nodes.MesosMaster"),
          QStringLiteral("DockerEngine_2: org.alien4cloud.nodes.DockerEngine"),
          QStringLiteral("SlaveCompute_2: tosca.nodes.Compute"),
          QStringLiteral("SlaveCompute: tosca.nodes.Compute"),
          QStringLiteral("MesosSlave: org.alien4cloud.nodes.MesosSlave"),
          QStringLiteral("MarathonLB: org.alien4cloud.nodes.MarathonLB"),
          QStringLiteral("RexrayClient: org.alien4cloud.nodes.RexrayClient"),
          QStringLiteral("MesosSlave_2: org.alien4cloud.nodes.MesosSlave"),
          QStringLiteral("MesosDNS: org.alien4cloud.nodes.MesosDNS"),
          QStringLiteral("DockerEngine: org.alien4cloud.nodes.DockerEngine"),
          QStringLiteral("MasterCompute: tosca.nodes.Compute"),
          QStringLiteral("RexrayClient_2: org.alien4cloud.nodes.RexrayClient"),
          QStringLiteral("Marathon: org.alien4cloud.nodes.Marathon"),
          QStringLiteral("RexrayServer: org.alien4cloud.nodes.RexrayServer")},
         {QStringLiteral("MesosMaster.host -> MasterCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "DockerEngine_2.host -> SlaveCompute_2.host (tosca.capabilities.Container) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral("MesosSlave.dns_server -> MesosDNS.dns_server "
                         "(org.alien4cloud.capabilities.MesosDNS) "
                         "[org.alien4cloud.relationships.MesosSlaveConnectsToDNS]"),
          QStringLiteral(
              "MesosSlave.master -> MesosMaster.master (org.alien4cloud.capabilities.MesosMaster) "
              "[org.alien4cloud.relationships.MesosSlaveConnectsToMaster]"),
          QStringLiteral("MesosSlave.docker_cli -> DockerEngine.docker_cli "
                         "(org.alien4cloud.capabilities.DockerCLI) "
                         "[org.alien4cloud.relationships.MesosSlaveDependsOnDocker]"),
          QStringLiteral("MesosSlave.host -> SlaveCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral(
              "MarathonLB.host -> Marathon.host (org.alien4cloud.capabilities.MarathonHost) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral("RexrayClient.host -> DockerEngine.docker_host "
                         "(org.alien4cloud.capabilities.DockerHost) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("RexrayClient.libstorage_server -> RexrayServer.libstorage_server "
                         "(org.alien4cloud.capabilities.LibStorageServer) "
                         "[org.alien4cloud.relationships.RexrayConnectsToLibStorage]"),
          QStringLiteral("MesosSlave_2.host -> SlaveCompute_2.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("MesosSlave_2.master -> MesosMaster.master "
                         "(org.alien4cloud.capabilities.MesosMaster) "
                         "[org.alien4cloud.relationships.MesosSlaveConnectsToMaster]"),
          QStringLiteral("MesosSlave_2.docker_cli -> DockerEngine_2.docker_cli "
                         "(org.alien4cloud.capabilities.DockerCLI) "
                         "[org.alien4cloud.relationships.MesosSlaveDependsOnDocker]"),
          QStringLiteral(
              "MesosDNS.host -> MesosSlave_2.host (org.alien4cloud.capabilities.MesosSlaveHost) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral("MesosDNS.marathon -> Marathon.marathon "
                         "(org.alien4cloud.capabilities.MarathonMaster) "
                         "[org.alien4cloud.relationships.MesosDNSConnectsToMaster]"),
          QStringLiteral("DockerEngine.host -> SlaveCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("RexrayClient_2.host -> DockerEngine_2.docker_host "
                         "(org.alien4cloud.capabilities.DockerHost) "
                         "[tosca.relationships.HostedOn]"),
          QStringLiteral("RexrayClient_2.libstorage_server -> RexrayServer.libstorage_server "
                         "(org.alien4cloud.capabilities.LibStorageServer) "
                         "[org.alien4cloud.relationships.RexrayConnectsToLibStorage]"),
          QStringLiteral(
              "Marathon.host -> MesosMaster.host (org.alien4cloud.capabilities.MesosMasterHost) "
              "[tosca.relationships.HostedOn]"),
          QStringLiteral("RexrayServer.host -> MasterCompute.host (tosca.capabilities.Container) "
                         "[tosca.relationships.HostedOn]")},
         2},
    };
    return expected;
}

LoadedTopology load(const QString &path)
{
    return TopologyLoader(bundledCatalog()).loadFile(path);
}

Problems validate(const LoadedTopology &loaded)
{
    if (!loaded.archive.topology)
        return {};
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    return Validator::structural().validate(context);
}

/// The relationships of a loaded topology, resolved against its types, as in ExpectedTopology.
QStringList relationshipsOf(const LoadedTopology &loaded)
{
    QStringList result;
    const TopologyTemplate &topology = *loaded.archive.topology;
    const ValidationContext context(loaded.archive, topology, *loaded.types);
    for (const NodeTemplate &node : topology.nodes()) {
        for (const RequirementAssignment &r : node.requirements) {
            const NodeTemplate *target = topology.node(r.node);
            const CapabilityDefinition *capability
                = target ? context.targetCapability(node, r, *target) : nullptr;
            result << QStringLiteral("%1.%2 -> %3.%4 (%5) [%6]")
                          .arg(node.name,
                               r.name,
                               r.node,
                               capability ? capability->name : QStringLiteral("?"),
                               capability ? capability->type : QStringLiteral("?"),
                               context.relationshipType(node, r));
        }
    }
    return result;
}

void expectTopology(const QString &path, const ExpectedTopology &expected)
{
    SCOPED_TRACE(path.toStdString());
    const LoadedTopology loaded = load(path);
    ASSERT_TRUE(loaded.readable);
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    const Problems problems = validate(loaded);
    EXPECT_TRUE(problems.isEmpty()) << problems.first().toString().toStdString();
    ASSERT_TRUE(loaded.archive.topology.has_value());
    const TopologyTemplate &topology = *loaded.archive.topology;

    QStringList nodes;
    for (const NodeTemplate &node : topology.nodes()) {
        nodes << node.name + QStringLiteral(": ") + node.type;
        // Every node type resolves, with its inherited members.
        EXPECT_NE(loaded.types->resolved(TypeKind::Node, node.type), nullptr)
            << node.type.toStdString();
    }
    EXPECT_EQ(nodes, expected.nodes);
    EXPECT_EQ(relationshipsOf(loaded), expected.relationships);
    EXPECT_EQ(topology.outputs.size(), expected.outputs);

    // Write, read back: the same model, and the same bytes on a second write.
    const QByteArray written = ToscaWriter().write(loaded.archive);
    const LoadedTopology reloaded
        = TopologyLoader(bundledCatalog()).loadBytes(written, QStringLiteral("saved.yml"));
    EXPECT_TRUE(reloaded.diagnostics.isEmpty()) << describe(reloaded.diagnostics);
    EXPECT_TRUE(reloaded.archive == loaded.archive) << written.toStdString();
    EXPECT_EQ(relationshipsOf(reloaded), expected.relationships);
    EXPECT_EQ(ToscaWriter().write(reloaded.archive), written);
}

QStringList dependencyIds(const LoadedTopology &loaded)
{
    QStringList ids;
    for (const CatalogEntry *entry : loaded.dependencies)
        ids << entry->id();
    return ids;
}

class PublishedTopology : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(PublishedTopology, LoadsFromTheReferenceArchives)
{
    const ExpectedTopology &expected = expectedTopologies()[GetParam()];
    const QString path = publishedTopology(QLatin1String(expected.name));
    if (!QFile::exists(path))
        GTEST_SKIP() << "reference archives not available on this machine (" << path.toStdString()
                     << "); the same checks run on the bundled copy";
    expectTopology(path, expected);
}

TEST_P(PublishedTopology, LoadsFromTheBundledCopy)
{
    const ExpectedTopology &expected = expectedTopologies()[GetParam()];
    expectTopology(bundledExample(QLatin1String(expected.name)), expected);
}

INSTANTIATE_TEST_SUITE_P(MesosBlueprints,
                         PublishedTopology,
                         ::testing::Range(0, 4),
                         [](const ::testing::TestParamInfo<int> &param) {
                             std::string name = expectedTopologies()[param.param].name;
                             for (char &c : name) {
                                 if (c == '-')
                                     c = '_';
                             }
                             return name;
                         });

TEST(TopologyLoader, DependenciesComeBeforeDependents)
{
    const LoadedTopology aurora = load(bundledExample(QStringLiteral("aurora")));
    EXPECT_EQ(dependencyIds(aurora),
              QStringList({QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"),
                           QStringLiteral("docker-engine-type:1.4.0-SNAPSHOT"),
                           QStringLiteral("mesos-types:1.4.0-SNAPSHOT"),
                           QStringLiteral("aurora-types:1.4.0-SNAPSHOT")}));
}

TEST(TopologyLoader, UnknownImport)
{
    const QString path = dataPath(QStringLiteral("invalid/unknown-import.yml"));
    const LoadedTopology loaded = load(path);
    EXPECT_TRUE(loaded.readable);
    ASSERT_EQ(loaded.diagnostics.size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].code, QStringLiteral("TOPO-IMP-001"));
    EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{path, 5, 5}));
    EXPECT_TRUE(loaded.diagnostics[0].message.contains(QStringLiteral("no-such-types:3.1.4")));
}

TEST(TopologyLoader, ImportOfAnotherVersionSaysWhichExist)
{
    const LoadedTopology loaded = TopologyLoader(bundledCatalog())
                                      .loadBytes("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                 "imports:\n"
                                                 "  - mesos-types:1.2.0\n",
                                                 QStringLiteral("old.yml"));
    ASSERT_EQ(loaded.diagnostics.size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{QStringLiteral("old.yml"), 3, 5}));
    EXPECT_TRUE(loaded.diagnostics[0].message.contains(QStringLiteral("1.4.0-SNAPSHOT")));
}

TEST(TopologyLoader, UnknownNodeType)
{
    const QString path = dataPath(QStringLiteral("invalid/unknown-node-type.yml"));
    const LoadedTopology loaded = load(path);
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    const Problems problems = validate(loaded);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("TOPO-NODE-001"));
    EXPECT_EQ(problems[0].node, QStringLiteral("Mystery"));
    EXPECT_EQ(problems[0].location, (SourceLocation{path, 11, 13}));
}

TEST(TopologyLoader, RequirementTargetsAMissingNode)
{
    const QString path = dataPath(QStringLiteral("invalid/missing-target.yml"));
    const LoadedTopology loaded = load(path);
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    const Problems problems = validate(loaded);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("TOPO-REQ-002"));
    EXPECT_EQ(problems[0].node, QStringLiteral("Docker"));
    EXPECT_EQ(problems[0].location, (SourceLocation{path, 13, 19}));
}

TEST(TopologyLoader, UnknownParentTypeInTheTopologyFile)
{
    const QString path = dataPath(QStringLiteral("invalid/unknown-parent.yml"));
    const LoadedTopology loaded = load(path);
    ASSERT_EQ(loaded.diagnostics.size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].code, QStringLiteral("TOPO-TYPE-001"));
    EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{path, 11, 3}));
}

TEST(TopologyLoader, DerivedFromCycleInTheTopologyFile)
{
    const QString path = dataPath(QStringLiteral("invalid/derived-cycle.yml"));
    const LoadedTopology loaded = load(path);
    ASSERT_EQ(loaded.diagnostics.size(), 2) << describe(loaded.diagnostics);
    for (const Diagnostic &d : loaded.diagnostics) {
        EXPECT_EQ(d.code, QStringLiteral("TOPO-TYPE-002"));
        EXPECT_EQ(d.location.file, path);
    }
    EXPECT_EQ(loaded.diagnostics[0].location.line, 11);
    EXPECT_EQ(loaded.diagnostics[1].location.line, 13);
}

TEST(TopologyLoader, DuplicatedKeyAndDuplicatedNode)
{
    const QString path = dataPath(QStringLiteral("invalid/duplicate-key.yml"));
    const LoadedTopology loaded = load(path);
    EXPECT_TRUE(loaded.readable);
    ASSERT_EQ(loaded.diagnostics.size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].code, QStringLiteral("TOPO-YAML-002"));
    EXPECT_EQ(loaded.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{path, 14, 9}));
    // The later value wins, as in Alien4Cloud (SnakeYAML).
    EXPECT_EQ(loaded.archive.topology->node(QStringLiteral("MesosMaster"))
                  ->property(QStringLiteral("port"))
                  .text(),
              QStringLiteral("5051"));

    const QString nodes = dataPath(QStringLiteral("invalid/duplicate-node.yml"));
    const LoadedTopology twice = load(nodes);
    ASSERT_EQ(twice.diagnostics.size(), 1) << describe(twice.diagnostics);
    EXPECT_EQ(twice.diagnostics[0].code, QStringLiteral("TOPO-YAML-002"));
    EXPECT_EQ(twice.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(twice.diagnostics[0].location, (SourceLocation{nodes, 10, 5}));
    EXPECT_EQ(twice.archive.topology->nodeCount(), 1);
}

TEST(TopologyLoader, WrongDefinitionsVersion)
{
    const QString path = dataPath(QStringLiteral("invalid/wrong-version.yml"));
    const LoadedTopology loaded = load(path);
    EXPECT_TRUE(loaded.readable);
    ASSERT_EQ(errorsOf(loaded.diagnostics).size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].code, QStringLiteral("TOPO-DEF-002"));
    EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{path, 2, 28}));
}

TEST(TopologyLoader, UnreadableFiles)
{
    struct Case
    {
        const char *file;
        const char *code;
        int line;
        int column;
    };
    const Case cases[] = {
        {"invalid/bad-syntax.yml", "TOPO-YAML-001", 10, 30},
        {"invalid/latin1.yml", "TOPO-YAML-003", 3, 17},
        {"invalid/empty.yml", "TOPO-YAML-007", 1, 1},
        {"invalid/comments-only.yml", "TOPO-YAML-007", 1, 1},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        const QString path = dataPath(QLatin1String(c.file));
        const LoadedTopology loaded = load(path);
        EXPECT_FALSE(loaded.readable);
        ASSERT_EQ(loaded.diagnostics.size(), 1) << describe(loaded.diagnostics);
        EXPECT_EQ(loaded.diagnostics[0].code, QLatin1String(c.code));
        EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{path, c.line, c.column}));
    }
}

TEST(TopologyLoader, SimpleProfileWithoutImports)
{
    const LoadedTopology loaded = load(dataPath(QStringLiteral("valid/simple-profile.yml")));
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    EXPECT_TRUE(validate(loaded).isEmpty());
    EXPECT_EQ(dependencyIds(loaded), QStringList{TypeCatalog::simpleProfileId()});
    const TypeDefinition *compute
        = loaded.types->resolved(TypeKind::Node, QStringLiteral("tosca.nodes.Compute"));
    ASSERT_NE(compute, nullptr);
    EXPECT_EQ(compute->archiveId, TypeCatalog::simpleProfileId());
    EXPECT_TRUE(loaded.types->derivesFrom(TypeKind::Node,
                                          QStringLiteral("tosca.nodes.SoftwareComponent"),
                                          QStringLiteral("tosca.nodes.Root")));
    // The relationship is resolved through the profile's requirement definition.
    EXPECT_EQ(relationshipsOf(loaded),
              QStringList{QStringLiteral("app.host -> server.host (tosca.capabilities.Container) "
                                         "[tosca.relationships.HostedOn]")});
}

TEST(TopologyLoader, AlienDslIsNotGivenTheSimpleProfile)
{
    // Only tosca_simple_yaml files get the implicit profile: in an Alien4Cloud file with no
    // imports, Compute is unknown, as Alien4Cloud says too.
    const LoadedTopology loaded = TopologyLoader(bundledCatalog())
                                      .loadBytes("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                 "topology_template:\n"
                                                 "  node_templates:\n"
                                                 "    server:\n"
                                                 "      type: tosca.nodes.Compute\n",
                                                 QStringLiteral("bare.yml"));
    EXPECT_TRUE(loaded.dependencies.isEmpty());
    const Problems problems = validate(loaded);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("TOPO-NODE-001"));
    EXPECT_EQ(problems[0].location, (SourceLocation{QStringLiteral("bare.yml"), 5, 13}));
}

TEST(TopologyLoader, RelativeFileImport)
{
    const QString path = dataPath(QStringLiteral("valid/file-import/topology.yml"));
    const LoadedTopology loaded = load(path);
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    EXPECT_TRUE(validate(loaded).isEmpty());
    EXPECT_TRUE(loaded.types->derivesFrom(TypeKind::Node,
                                          QStringLiteral("org.example.nodes.LocalApp"),
                                          QStringLiteral("tosca.nodes.SoftwareComponent")));
    const TypeDefinition *app
        = loaded.types->resolved(TypeKind::Node, QStringLiteral("org.example.nodes.LocalApp"));
    ASSERT_NE(app, nullptr);
    EXPECT_NE(findDefinition(app->properties, QStringLiteral("release")), nullptr);
    EXPECT_NE(findDefinition(app->properties, QStringLiteral("component_version")), nullptr);
}

TEST(TopologyLoader, MissingFileImport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("topology.yml"));
    ASSERT_TRUE(writeFile(path,
                          "tosca_definitions_version: tosca_simple_yaml_1_0\n"
                          "imports:\n"
                          "  - missing/types.yaml\n"));
    const LoadedTopology loaded = load(path);
    ASSERT_EQ(errorsOf(loaded.diagnostics).size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].code, QStringLiteral("TOPO-IMP-002"));
    EXPECT_EQ(loaded.diagnostics[0].location, (SourceLocation{path, 3, 5}));
}

TEST(TopologyLoader, FilesImportingEachOtherDoNotLoop)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("a.yml")),
                          "tosca_definitions_version: tosca_simple_yaml_1_0\n"
                          "imports:\n"
                          "  - b.yml\n"
                          "node_types:\n"
                          "  x.A:\n"
                          "    derived_from: x.B\n"));
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("b.yml")),
                          "tosca_definitions_version: tosca_simple_yaml_1_0\n"
                          "imports:\n"
                          "  - a.yml\n"
                          "node_types:\n"
                          "  x.B:\n"
                          "    derived_from: tosca.nodes.Root\n"));
    const LoadedTopology loaded = load(dir.filePath(QStringLiteral("a.yml")));
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    EXPECT_TRUE(loaded.types->derivesFrom(
        TypeKind::Node, QStringLiteral("x.A"), QStringLiteral("tosca.nodes.Root")));
}

TEST(TopologyLoader, GeneratedRandomBytesAreUnreadable)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray bytes(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((uint(i) * 7919u + 13u) % 251u);
    const QString path = dir.filePath(QStringLiteral("noise.yml"));
    ASSERT_TRUE(writeFile(path, bytes));
    const LoadedTopology loaded = load(path);
    EXPECT_FALSE(loaded.readable);
    ASSERT_EQ(loaded.diagnostics.size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.diagnostics[0].location.file, path);
    EXPECT_GE(loaded.diagnostics[0].location.line, 1);
}

TEST(TopologyLoader, GeneratedTopologiesLoadCleanly)
{
    // The benchmark input: it must load and validate without a remark, or the benchmark would
    // measure error paths. 995 cuts the last group short.
    for (const int count : {1000, 995}) {
        SCOPED_TRACE(count);
        TopologyGenerator generator(count);
        generator.setWithLayout(true);
        const LoadedTopology loaded
            = TopologyLoader(bundledCatalog())
                  .loadBytes(generator.yaml(), QStringLiteral("generated.yml"));
        EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
        const Problems problems = validate(loaded);
        EXPECT_TRUE(problems.isEmpty()) << problems.first().toString().toStdString();
        ASSERT_TRUE(loaded.archive.topology.has_value());
        const TopologyTemplate &topology = *loaded.archive.topology;
        EXPECT_EQ(topology.nodeCount(), count);
        EXPECT_EQ(topology.nodeNames(), generator.nodeNames());
        int relationships = 0;
        for (const NodeTemplate &node : topology.nodes()) {
            relationships += int(node.requirements.size());
            EXPECT_TRUE(node.position.has_value()) << node.name.toStdString();
        }
        EXPECT_EQ(relationships, generator.relationshipCount());
        // Every relationship resolves to a capability of its target.
        for (const QString &relationship : relationshipsOf(loaded))
            ASSERT_FALSE(relationship.contains(QStringLiteral("(?)")))
                << relationship.toStdString();
    }
    EXPECT_EQ(TopologyGenerator(1000).relationshipCount(), 1300);
}
