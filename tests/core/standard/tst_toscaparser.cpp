// SPDX-License-Identifier: GPL-3.0-or-later
// Every standard TOSCA export is accepted by OpenStack's tosca-parser 2.6.0 (an independent
// TOSCA implementation, Debian's python3-tosca-parser): the four Mesos topologies, bundled and
// published, as YAML and as CSAR, and every topology of ../shared/reference-corpus that loads
// without errors, except those listed below with the reason tosca-parser refuses them. Each
// test prints the files it ran and tosca-parser's verdict on each.
#include "testhelpers.h"
#include "testpaths.h"
#include "toscaparserrun.h"

#include "catalog/archivefinder.h"
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "model/substitutionmapping.h"
#include "standard/standardtoscaexporter.h"
#include "yaml/toscareader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QString corpusRoot()
{
    return QDir::cleanPath(QStringLiteral(TOPOLOGIST_SHARED_DIR "/reference-corpus"));
}

struct Rejection
{
    /// Part of tosca-parser's error, which the test checks is the reason given.
    QString error;
    QString reason;
};

/// Corpus topologies whose standard export tosca-parser refuses, by path below the corpus,
/// with why. None is a fault of the export: each says what in the topology or in tosca-parser
/// stands in the way.
const QMap<QString, Rejection> &expectedRejections()
{
    static const QMap<QString, Rejection> rejections{
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/alien4cloud/topologies/a4c_aws_byon/types.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/alien4cloud/topologies/a4c_ha/type.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/alien4cloud/topologies/a4c_mon/types.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/alien4cloud/topologies/"
                        "a4c_provider_tests/types.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/alien4cloud/topologies/load_tests_a4c/types.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/alien4cloud/topologies/"
                        "load_tests_cfy4/types.yml"),
         {QStringLiteral("MissingDefaultValueError"),
          QStringLiteral("substitution_mappings map required inputs without a default onto the "
                         "service's properties; tosca-parser wants a default for each")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/cloudify/hostpool/topologies/"
                        "hostpool_feeder/types.yml"),
         {QStringLiteral("MissingDefaultValueError"),
          QStringLiteral("substitution_mappings map required inputs without a default onto the "
                         "service's properties; tosca-parser wants a default for each")}},
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/cloudify/topologies/cfy411_aws/types.yml"),
         {QStringLiteral("MissingDefaultValueError"),
          QStringLiteral("substitution_mappings map required inputs without a default onto the "
                         "service's properties; tosca-parser wants a default for each")}},
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/cloudify/topologies/cfy4_hp_aws/types.yml"),
         {QStringLiteral("MissingDefaultValueError"),
          QStringLiteral("substitution_mappings map required inputs without a default onto the "
                         "service's properties; tosca-parser wants a default for each")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/cloudify/topologies/"
                        "hostpool_as_a_service/types.yml"),
         {QStringLiteral("MissingDefaultValueError"),
          QStringLiteral("substitution_mappings map required inputs without a default onto the "
                         "service's properties; tosca-parser wants a default for each")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/monitoring/topologies/"
                        "grafana_graphite/types.yml"),
         {QStringLiteral("UnknownOutputError"),
          QStringLiteral("substitution_mappings expose attributes as outputs the topology does not "
                         "declare (Alien4Cloud maps capabilities and attributes directly)")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/spark/topologies/cluster/types.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral(
             "csar-public-library/org/alien4cloud/terraform/openstack/topology/types.yml"),
         {QStringLiteral("'<=' not supported"),
          QStringLiteral("tosca-parser 2.6.0 crashes comparing an integer with a map (a TypeError "
                         "in a constraint check of the OpenStack types)")}},
        {QStringLiteral("csar-public-library/org/alien4cloud/vault/topologies/vault_production/"
                        "vault_prod_topology.yaml"),
         {QStringLiteral("Attribute \"ip_address\" was not found"),
          QStringLiteral("an output reads get_attribute ip_address of a Compute; Alien4Cloud's "
                         "Compute has the attribute, the standard's tosca-parser definition does "
                         "not, and a required property is unset")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/03-Apache-cfg/topology/types.yml"),
         {QStringLiteral("'int' object has no attribute 'keys'"),
          QStringLiteral("a property uses a data type derived from a primitive (kubernetes Rights: "
                         "derived_from: string, with an integer default), which tosca-parser 2.6.0 "
                         "reads as a complex type and crashes on")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/07-Apache-PersistentVolumeClaim/"
             "PVCwithDefaultStorageClass/topology/types.yml"),
         {QStringLiteral("http_ext"),
          QStringLiteral(
              "the Apache node sets capability http_ext, which its type (kcontainers Apache) does "
              "not declare; Alien4Cloud ignores it, tosca-parser refuses it")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/07-Apache-PersistentVolumeClaim/"
             "PVCwithSpecifiedStorageClass/topology/types.yml"),
         {QStringLiteral("http_ext"),
          QStringLiteral(
              "the Apache node sets capability http_ext, which its type (kcontainers Apache) does "
              "not declare; Alien4Cloud ignores it, tosca-parser refuses it")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/09-Volume-Secret/topology/types.yml"),
         {QStringLiteral("'int' object has no attribute 'keys'"),
          QStringLiteral("a property uses a data type derived from a primitive (kubernetes Rights: "
                         "derived_from: string, with an integer default), which tosca-parser 2.6.0 "
                         "reads as a complex type and crashes on")}},
        {QStringLiteral("samples/org/alien4cloud/doc/kube/kcontainers/12-Volume-PersistentVolume/"
                        "prepare/types.yml"),
         {QStringLiteral("Invalid type"),
          QStringLiteral("tosca-parser 2.6.0 fails inside its own code (Invalid type \"<class "
                         "'type'>\") while checking a property of a complex data type")}},
        {QStringLiteral("samples/org/alien4cloud/doc/kube/kcontainers/12-Volume-PersistentVolume/"
                        "topology/types.yml"),
         {QStringLiteral("Invalid type"),
          QStringLiteral("tosca-parser 2.6.0 fails inside its own code (Invalid type \"<class "
                         "'type'>\") while checking a property of a complex data type")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/21-Nginx-cfg/topology/types.yml"),
         {QStringLiteral("'int' object has no attribute 'keys'"),
          QStringLiteral("a property uses a data type derived from a primitive (kubernetes Rights: "
                         "derived_from: string, with an integer default), which tosca-parser 2.6.0 "
                         "reads as a complex type and crashes on")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/50-services/topology/types.yml"),
         {QStringLiteral("MissingRequiredFieldError"),
          QStringLiteral("template MyService leaves required properties (protocol, port, path) "
                         "unset: Alien4Cloud takes them from the location or the service at "
                         "deployment, TOSCA wants them in the template")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/51-Petclinic/topology/types.yml"),
         {QStringLiteral("MissingRequiredFieldError"),
          QStringLiteral("template MysqlDbService leaves required properties (database, user, "
                         "password, ip_address) unset: Alien4Cloud takes them from the location or "
                         "the service at deployment, TOSCA wants them in the template")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/kcontainers/61-Flink-Kafka/topology/types.yml"),
         {QStringLiteral("'int' object has no attribute 'keys'"),
          QStringLiteral("a property uses a data type derived from a primitive (kubernetes Rights: "
                         "derived_from: string, with an integer default), which tosca-parser 2.6.0 "
                         "reads as a complex type and crashes on")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/topology/03-simple-apache-hostPath/tosca.yaml"),
         {QStringLiteral("MissingRequiredFieldError"),
          QStringLiteral(
              "template Volume leaves required properties (size) unset: Alien4Cloud takes them "
              "from the location or the service at deployment, TOSCA wants them in the template")}},
        {QStringLiteral(
             "samples/org/alien4cloud/doc/kube/topology/04-simple-apache-emptyDir/tosca.yaml"),
         {QStringLiteral("MissingRequiredFieldError"),
          QStringLiteral(
              "template Volume leaves required properties (size) unset: Alien4Cloud takes them "
              "from the location or the service at deployment, TOSCA wants them in the template")}},
        {QStringLiteral(
             "samples/org/alien4cloud/sandbox/services/dummy/topologies/local/types.yml"),
         {QStringLiteral("MissingRequiredInputError"),
          QStringLiteral("substitution_mappings name properties of the substituted type that are "
                         "no inputs of the topology; Alien4Cloud takes them from the service, "
                         "TOSCA wants an input for each")}},
        {QStringLiteral(
             "samples/org/alien4cloud/sandbox/services/dummy/topologies/remote/types.yml"),
         {QStringLiteral("MissingRequiredFieldError"),
          QStringLiteral("template DummyService leaves required properties (admin_username, "
                         "admin_password) unset: Alien4Cloud takes them from the location or the "
                         "service at deployment, TOSCA wants them in the template")}},
        {QStringLiteral("samples/org/alien4cloud/sandbox/services/dummy/topologies/"
                        "remote_and_local/types.yml"),
         {QStringLiteral("MissingRequiredFieldError"),
          QStringLiteral("template DummyServiceRemote leaves required properties (admin_username, "
                         "admin_password) unset: Alien4Cloud takes them from the location or the "
                         "service at deployment, TOSCA wants them in the template")}},
        {QStringLiteral(
             "samples/org/alien4cloud/sandbox/services/dummy/topologies/service/types.yml"),
         {QStringLiteral("MissingRequiredInputError"),
          QStringLiteral("substitution_mappings name properties of the substituted type that are "
                         "no inputs of the topology; Alien4Cloud takes them from the service, "
                         "TOSCA wants an input for each")}},
        {QStringLiteral("samples/topology-alien4cloud-cluster/topology-alien.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("samples/topology-alien4cloud-longRun/topology-alien-longrun.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("samples/topology-alien4cloud/topology-alien.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("samples/topology-apache/apache-type.yml"),
         {QStringLiteral("os_type"),
          QStringLiteral("the compute node sets os_type and os_distribution as properties of "
                         "tosca.nodes.Compute, which the standard Compute does not have (they are "
                         "Alien4Cloud 1.0 properties, now capability properties)")}},
        {QStringLiteral("samples/topology-complextypeinput/topology.yml"),
         {QStringLiteral("Invalid type"),
          QStringLiteral("tosca-parser 2.6.0 fails inside its own code (Invalid type \"<class "
                         "'type'>\") while checking a property of a complex data type")}},
        {QStringLiteral("samples/topology-customApache/topology.yml"),
         {QStringLiteral("is not equal to"),
          QStringLiteral("an equal constraint on component_version compares the version 2.4 with "
                         "the string \"2.4\", which tosca-parser 2.6.0 finds unequal")}},
        {QStringLiteral("samples/topology-load-balancer-tomcat/topology-load-balancer-tomcat.yaml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("samples/topology-mongo/mongo-type.yml"),
         {QStringLiteral("UnknownOutputError"),
          QStringLiteral("substitution_mappings expose attributes as outputs the topology does not "
                         "declare (Alien4Cloud maps capabilities and attributes directly)")}},
        {QStringLiteral("samples/topology-petclinic/types.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("samples/topology-tomcat-war-service/topology-tomcat-war-service.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
        {QStringLiteral("samples/topology-tomcatWar/topology-tomcat-war.yml"),
         {QStringLiteral("component_version']"),
          QStringLiteral(
              "the Java type's component_version default (1.8.0-202-b08 or the like) is no TOSCA "
              "version, so the export leaves it out, and the required property is then unset")}},
    };
    return rejections;
}

/// The corpus's topologies (definitions files with a topology_template) that load without
/// errors, by path below the corpus.
QStringList loadableTopologies(const TypeCatalog &catalog, QMap<QString, LoadedTopology> *loaded)
{
    QStringList files;
    const QDir root(corpusRoot());
    const TopologyLoader loader(catalog);
    QDirIterator it(corpusRoot(),
                    {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!ArchiveFinder::isDefinitionsFile(file))
            continue;
        LoadedTopology topology = loader.loadFile(file);
        if (!topology.readable || !topology.archive.topology
            || !errorsOf(topology.diagnostics).isEmpty())
            continue;
        const QString relative = root.relativeFilePath(file);
        files << relative;
        loaded->insert(relative, std::move(topology));
    }
    files.sort();
    return files;
}

/// "samples/a/b.yml" as one file name in the output folder.
QString flatName(const QString &relative)
{
    return QString(relative).replace(QLatin1Char('/'), QStringLiteral("__"))
           + QStringLiteral(".yaml");
}

QString exportTo(const LoadedTopology &loaded, const QString &output)
{
    const StandardToscaExporter::Result result
        = StandardToscaExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), output);
    return result.ok ? QString() : result.summary();
}

#define REQUIRE_PARSER_RUN(run)                                                                    \
    ASSERT_TRUE(run.ok()) << run.problem().toStdString()                                           \
                          << "\n(install Debian's python3-tosca-parser; the test adds the files "  \
                             "it lacks from ../shared/peers without writing into /usr)"

} // namespace

TEST(ToscaParser, AcceptsTheMesosTopologiesAsYamlAndCsar)
{
    const QTemporaryDir folder;
    const TopologyLoader loader(bundledCatalog());
    QStringList outputs;
    for (const QString &name : topologyNames()) {
        const QMap<QString, QString> sources{
            {QStringLiteral("bundled"), bundledExample(name)},
            {QStringLiteral("published"), publishedTopology(name)}};
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            LoadedTopology loaded = loader.loadFile(it.value());
            ASSERT_TRUE(errorsOf(loaded.diagnostics).isEmpty())
                << it.value().toStdString() << describe(loaded.diagnostics);
            // Laid out, as the designer saves them: the layout goes into the metadata.
            for (int i = 0; i < loaded.archive.topology->nodeCount(); ++i)
                loaded.archive.topology->nodeAt(i).position = QPointF(40 * i, 12.5);
            for (const char *suffix : {".yaml", ".csar"}) {
                const QString output
                    = folder.filePath(it.key() + QLatin1Char('-') + name + QLatin1String(suffix));
                ASSERT_EQ(exportTo(loaded, output).toStdString(), "") << output.toStdString();
                if (output.endsWith(QLatin1String(".yaml"))) {
                    EXPECT_TRUE(readAll(output).contains("\n  topologist_layout: \""))
                        << output.toStdString();
                }
                outputs << output;
            }
        }
    }
    const ToscaParserRun run(outputs);
    REQUIRE_PARSER_RUN(run);
    for (const QString &output : std::as_const(outputs)) {
        const ToscaParserRun::Verdict verdict = run.verdict(output);
        std::cout << (verdict.accepted ? "accepted " : "REFUSED  ")
                  << QFileInfo(output).fileName().toStdString() << '\n';
        EXPECT_TRUE(verdict.accepted)
            << output.toStdString() << ": " << verdict.error.toStdString();
    }
    EXPECT_EQ(outputs.size(), 16);
}

TEST(ToscaParser, AcceptsTheLoadableCorpusTopologies)
{
    if (!QFileInfo(corpusRoot()).isDir())
        GTEST_SKIP() << "no reference corpus at " << corpusRoot().toStdString();
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    for (const char *repository : {"samples",
                                   "csar-public-library",
                                   "alien4cloud-extended-types-2.2.0",
                                   "alien4cloud-extended-types-3.0.0",
                                   "alien4cloud-kubernetes-plugin"}) {
        Diagnostics ignored;
        catalog.addLibrary(QDir(corpusRoot()).filePath(QLatin1String(repository)), &ignored);
    }
    QMap<QString, LoadedTopology> loaded;
    const QStringList files = loadableTopologies(catalog, &loaded);
    // 92 of the corpus's topologies load; far fewer means the search for them broke.
    EXPECT_GE(files.size(), 85);

    const QTemporaryDir folder;
    QStringList outputs;
    for (const QString &file : files) {
        const QString output = folder.filePath(flatName(file));
        ASSERT_EQ(exportTo(loaded.value(file), output).toStdString(), "") << file.toStdString();
        outputs << output;
    }
    const ToscaParserRun run(outputs);
    REQUIRE_PARSER_RUN(run);
    int accepted = 0;
    int refusedAsListed = 0;
    QStringList unexpected;
    QStringList stale;
    for (const QString &file : files) {
        const ToscaParserRun::Verdict verdict = run.verdict(folder.filePath(flatName(file)));
        const auto rejection = expectedRejections().constFind(file);
        if (verdict.accepted) {
            ++accepted;
            std::cout << "accepted " << file.toStdString() << '\n';
            if (rejection != expectedRejections().cend())
                stale << file + QStringLiteral(" (listed as refused, but accepted)");
            continue;
        }
        if (rejection == expectedRejections().cend()) {
            unexpected << file + QStringLiteral(": ") + verdict.error;
            std::cout << "REFUSED  " << file.toStdString() << '\n';
            continue;
        }
        ++refusedAsListed;
        std::cout << "refused  " << file.toStdString()
                  << " (expected: " << rejection->reason.toStdString() << ")\n";
        if (!verdict.error.contains(rejection->error))
            stale << file + QStringLiteral(" (refused for another reason: ") + verdict.error
                         + QLatin1Char(')');
    }
    std::cout << accepted << " of " << files.size() << " loadable corpus topologies accepted, "
              << refusedAsListed << " refused for the reasons listed\n";
    for (auto it = expectedRejections().cbegin(); it != expectedRejections().cend(); ++it) {
        if (!files.contains(it.key()))
            stale << it.key() + QStringLiteral(" (listed, but not a loadable corpus topology)");
    }
    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.size() << " exports refused:\n"
                                      << unexpected.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(stale.isEmpty()) << stale.join(QLatin1Char('\n')).toStdString();
}

TEST(ToscaParser, AcceptsTheSubstitutionMappingOfAStandardExport)
{
    // tosca-parser checks a mapping only against a type of the file or its imports (never a
    // normative one), and wants every output to be an attribute of that type: a Mesos master
    // exposed as itself, with no outputs, is what it can judge.
    const QByteArray yaml
        = "tosca_definitions_version: tosca_simple_yaml_1_3\n"
          "metadata:\n  template_name: master-service\n  template_version: 1.0.0\n"
          "imports:\n  - mesos-types:1.4.0-SNAPSHOT\n"
          "topology_template:\n"
          "  inputs:\n    port:\n      type: integer\n      default: 5050\n"
          "  substitution_mappings:\n"
          "    node_type: org.alien4cloud.nodes.MesosMaster\n"
          "    capabilities:\n      master: [ Master, master ]\n      host: [ Master, host ]\n"
          "    requirements:\n      host: [ Master, host ]\n"
          "    properties:\n      port: [ port ]\n"
          "  node_templates:\n"
          "    Compute:\n      type: tosca.nodes.Compute\n"
          "      capabilities:\n        os:\n          properties: {type: linux, "
          "distribution: ubuntu, version: 14.04, architecture: x86_64}\n"
          "    Master:\n      type: org.alien4cloud.nodes.MesosMaster\n"
          "      properties:\n        port: { get_input: port }\n"
          "      requirements:\n        - host: Compute\n";
    const QTemporaryDir folder;
    const QString source = folder.filePath(QStringLiteral("master-service.yml"));
    ASSERT_TRUE(writeFile(source, yaml));
    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(source);
    ASSERT_TRUE(errorsOf(loaded.diagnostics).isEmpty()) << describe(loaded.diagnostics);
    const QString output = folder.filePath(QStringLiteral("standard.yaml"));
    ASSERT_EQ(exportTo(loaded, output).toStdString(), "");

    Diagnostics diagnostics;
    const ToscaArchive exported = ToscaReader().readFile(output, &diagnostics);
    ASSERT_TRUE(exported.topology.has_value());
    EXPECT_EQ(SubstitutionMapping::read(exported.topology->substitutionMappings),
              SubstitutionMapping::read(loaded.archive.topology->substitutionMappings));
    const ToscaParserRun run({output});
    REQUIRE_PARSER_RUN(run);
    const ToscaParserRun::Verdict verdict = run.verdict(output);
    EXPECT_TRUE(verdict.accepted) << verdict.error.toStdString();
}
