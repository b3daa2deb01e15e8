// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/referencedfiles.h"
#include "catalog/topologyloader.h"
#include "csar/csarcodes.h"
#include "csar/csarexporter.h"
#include "csar/csarlayout.h"
#include "csar/csarreader.h"
#include "csar/toscametadata.h"
#include "csar/unpackedcsar.h"
#include "exporttestsupport.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

/// What the reference (§4) asks of every CSAR, checked on the written file: TOSCA.meta with its
/// keys, exactly one entry definition at the root that the layout finds, and every file the
/// definitions reference.
void expectFollowsArchiveRules(const QString &csar,
                               const ToscaArchive &archive,
                               const QString &entryDefinitions)
{
    const QMap<QString, QByteArray> files = zipFiles(csar);
    ASSERT_FALSE(files.isEmpty()) << csar.toStdString();
    ASSERT_TRUE(files.contains(ToscaMetadata::filePath()));

    Diagnostics metaDiagnostics;
    const ToscaMetadata meta
        = ToscaMetadata::parse(files.value(ToscaMetadata::filePath()), csar, &metaDiagnostics);
    EXPECT_TRUE(metaDiagnostics.isEmpty()) << describe(metaDiagnostics);
    EXPECT_EQ(meta.metaFileVersion(), QStringLiteral("1.0"));
    EXPECT_EQ(meta.csarVersion(), archive.version);
    EXPECT_EQ(meta.name(), archive.name);
    EXPECT_EQ(meta.entryDefinitions(), entryDefinitions);
    EXPECT_EQ(meta.createdBy(),
              archive.author.isEmpty() ? QStringLiteral("Topologist " TOPOLOGIST_VERSION)
                                       : archive.author);

    CsarReader reader(csar);
    const CsarLayout layout = CsarLayout::locate(reader);
    EXPECT_TRUE(layout.isAcceptedByAlien4Cloud()) << describe(layout.diagnostics());
    EXPECT_EQ(layout.entryDefinitions(), entryDefinitions);
    QStringList rootYaml;
    for (const QString &name : files.keys()) {
        if (!name.contains(QLatin1Char('/'))
            && (name.endsWith(QLatin1String(".yml")) || name.endsWith(QLatin1String(".yaml"))))
            rootYaml.append(name);
    }
    EXPECT_EQ(rootYaml, QStringList{entryDefinitions});

    for (const ReferencedFiles::Reference &reference : ReferencedFiles::collect(archive))
        EXPECT_TRUE(files.contains(reference.path))
            << reference.path.toStdString() << " (" << reference.owner.toStdString() << ")";
}

LoadedTopology load(const QString &path)
{
    return TopologyLoader(bundledCatalog()).loadFile(path);
}

} // namespace

class ExampleExport : public ::testing::TestWithParam<QString>
{
};

TEST_P(ExampleExport, ReadsBackToTheSameModelAndFollowsTheArchiveRules)
{
    const QString name = GetParam();
    const LoadedTopology loaded = load(bundledExample(name));
    ASSERT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    QTemporaryDir out;
    const QString csar = out.filePath(name + QStringLiteral(".csar"));

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString() << describe(result.errors);
    EXPECT_EQ(result.archivePath, csar);
    EXPECT_EQ(result.entries.value(0), ToscaMetadata::filePath());
    expectFollowsArchiveRules(csar, loaded.archive, name + QStringLiteral(".yml"));
    // The entry definitions are what File > Save writes.
    EXPECT_EQ(zipFiles(csar).value(name + QStringLiteral(".yml")),
              CsarExporter::serialize(loaded.archive));

    const LoadedTopology back = TopologyLoader(bundledCatalog()).loadCsar(csar);
    ASSERT_TRUE(back.readable) << describe(back.diagnostics);
    EXPECT_FALSE(hasErrors(back.diagnostics)) << describe(back.diagnostics);
    EXPECT_TRUE(back.archive == loaded.archive);
    EXPECT_EQ(back.dependencies, loaded.dependencies);
}

INSTANTIATE_TEST_SUITE_P(Export,
                         ExampleExport,
                         ::testing::Values(QStringLiteral("mesos-ha"),
                                           QStringLiteral("aurora"),
                                           QStringLiteral("marathon"),
                                           QStringLiteral("marathon-rexray")),
                         [](const auto &param) {
                             QString name = param.param;
                             return name.replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

class PublishedExport : public ::testing::TestWithParam<QString>
{
};

TEST_P(PublishedExport, ReadsBackToTheSameModelAndFollowsTheArchiveRules)
{
    const QString path = publishedTopology(GetParam());
    if (!QFileInfo::exists(path))
        GTEST_SKIP() << "published blueprint not present: " << path.toStdString();
    const LoadedTopology loaded = load(path);
    ASSERT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    QTemporaryDir out;
    const QString csar = out.filePath(GetParam() + QStringLiteral(".csar"));

    // Reference data as published: what matters here is the archive, not the validator's view.
    CsarExporter::Options options;
    options.force = true;
    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar, options);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    expectFollowsArchiveRules(csar, loaded.archive, QFileInfo(path).fileName());

    const LoadedTopology back = TopologyLoader(bundledCatalog()).loadCsar(csar);
    ASSERT_TRUE(back.readable) << describe(back.diagnostics);
    EXPECT_TRUE(back.archive == loaded.archive);
}

INSTANTIATE_TEST_SUITE_P(Export,
                         PublishedExport,
                         ::testing::Values(QStringLiteral("mesos-ha"),
                                           QStringLiteral("aurora"),
                                           QStringLiteral("marathon"),
                                           QStringLiteral("marathon-rexray")),
                         [](const auto &param) {
                             QString name = param.param;
                             return name.replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

TEST(CsarExporter, RefusesATopologyWithErrorsListingThem)
{
    const LoadedTopology loaded = load(dataPath(QStringLiteral("export/broken-topology.yml")));
    ASSERT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("broken.csar"));
    // An earlier export must survive a refused one.
    ASSERT_TRUE(writeFile(csar, "the previous archive"));

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar);
    ASSERT_EQ(result.refusal, CsarExporter::Refusal::ValidationErrors);
    ASSERT_GE(result.errors.size(), 2) << describe(result.errors);
    bool mentionsMaster = false;
    bool mentionsMystery = false;
    for (const Problem &problem : result.errors) {
        EXPECT_EQ(problem.severity, Severity::Error);
        mentionsMaster = mentionsMaster || problem.node == QLatin1String("MesosMaster");
        mentionsMystery = mentionsMystery || problem.node == QLatin1String("Mystery");
    }
    EXPECT_TRUE(mentionsMaster) << describe(result.errors);
    EXPECT_TRUE(mentionsMystery) << describe(result.errors);
    // file:line:col: error: [CODE] node: message, one per error.
    const std::string summary = result.summary().toStdString();
    EXPECT_THAT(summary, HasSubstr("validation error"));
    EXPECT_THAT(summary, HasSubstr(result.errors.first().toString().toStdString()));
    EXPECT_THAT(result.errors.first().toString().toStdString(),
                ::testing::MatchesRegex(".*broken-topology\\.yml:[0-9]+:[0-9]+: error: \\[.*"));
    EXPECT_NE(findDiagnostic(result.diagnostics, CsarCode::ExportValidationErrors), nullptr);
    EXPECT_EQ(readAll(csar), QByteArray("the previous archive"));
    EXPECT_EQ(everythingUnder(out.path()), QStringList{QStringLiteral("broken.csar")});
}

TEST(CsarExporter, ForceExportsDespiteErrorsAndStillReportsThem)
{
    const LoadedTopology loaded = load(dataPath(QStringLiteral("export/broken-topology.yml")));
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("broken.csar"));
    CsarExporter::Options options;
    options.force = true;

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar, options);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    EXPECT_FALSE(result.errors.isEmpty());
    const Diagnostic *forced = findDiagnostic(result.diagnostics, CsarCode::ExportForced);
    ASSERT_NE(forced, nullptr) << describe(result.diagnostics);
    EXPECT_EQ(forced->severity, Severity::Warning);
    expectFollowsArchiveRules(csar, loaded.archive, QStringLiteral("broken-topology.yml"));
}

TEST(CsarExporter, RefusesAnArchiveWithoutNameOrWithABadVersion)
{
    LoadedTopology loaded = load(bundledExample(QStringLiteral("marathon")));
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("x.csar"));

    CsarExporter::Source source = CsarExporter::Source::fromLoaded(loaded);
    source.archive.name.clear();
    CsarExporter::Result result = CsarExporter::exportTopology(source, csar);
    EXPECT_EQ(result.refusal, CsarExporter::Refusal::MissingNameOrVersion);
    EXPECT_NE(findDiagnostic(result.diagnostics, CsarCode::ExportNoName), nullptr);
    EXPECT_THAT(result.summary().toStdString(), HasSubstr("template_name"));

    source = CsarExporter::Source::fromLoaded(loaded);
    source.archive.version = QStringLiteral("version one");
    result = CsarExporter::exportTopology(source, csar);
    EXPECT_EQ(result.refusal, CsarExporter::Refusal::MissingNameOrVersion);
    EXPECT_NE(findDiagnostic(result.diagnostics, CsarCode::ExportBadVersion), nullptr);
    EXPECT_THAT(result.summary().toStdString(), HasSubstr("\"version one\""));
    EXPECT_FALSE(QFileInfo::exists(csar));
}

TEST(CsarExporter, VersionsFollowAlien4CloudsPattern)
{
    for (const char *good : {"1", "1.4.0", "1.4.0-SNAPSHOT", "1.0.0-ALIEN14", "2.1.0.beta1"})
        EXPECT_TRUE(CsarExporter::isValidVersion(QString::fromLatin1(good))) << good;
    for (const char *bad : {"", "v1", "1..2", "1.0 beta", "1.0-", "latest"})
        EXPECT_FALSE(CsarExporter::isValidVersion(QString::fromLatin1(bad))) << bad;
}

TEST(CsarExporter, TakesTemplateArtifactsFromTheTopologysFolderAndRefusesMissingOnes)
{
    QTemporaryDir work;
    const QString topology = work.filePath(QStringLiteral("with-artifact.yml"));
    ASSERT_TRUE(writeFile(topology, readAll(dataPath(QStringLiteral("export/with-artifact.yml")))));
    const QString csar = work.filePath(QStringLiteral("out/with-artifact.csar"));
    QDir().mkpath(work.filePath(QStringLiteral("out")));

    LoadedTopology loaded = load(topology);
    ASSERT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar);
    ASSERT_EQ(result.refusal, CsarExporter::Refusal::MissingFiles)
        << result.summary().toStdString();
    ASSERT_EQ(result.missingFiles.size(), 1);
    EXPECT_EQ(result.missingFiles.first().path, QStringLiteral("files/settings.cfg"));
    EXPECT_EQ(result.missingFiles.first().owner, QStringLiteral("Compute settings"));
    EXPECT_GT(result.missingFiles.first().location.line, 0);
    EXPECT_THAT(result.summary().toStdString(), HasSubstr("files/settings.cfg"));
    EXPECT_NE(findDiagnostic(result.diagnostics, CsarCode::ExportMissingFile), nullptr);
    EXPECT_FALSE(QFileInfo::exists(csar));

    const QByteArray settings = "listen = 0.0.0.0:8080\n";
    ASSERT_TRUE(writeFile(work.filePath(QStringLiteral("files/settings.cfg")), settings));
    result = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    EXPECT_EQ(zipFiles(csar).value(QStringLiteral("files/settings.cfg")), settings);
    expectFollowsArchiveRules(csar, loaded.archive, QStringLiteral("with-artifact.yml"));
}

TEST(CsarExporter, SelfContainedWritesTheImportedArchivesNumberedInUploadOrder)
{
    const LoadedTopology loaded = load(bundledExample(QStringLiteral("marathon")));
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("marathon.csar"));
    CsarExporter::Options options;
    options.selfContained = true;

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), csar, options);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    const QStringList expected{QStringLiteral("01-tosca-normative-types-1.0.0-ALIEN14.csar"),
                               QStringLiteral("02-docker-engine-type-1.4.0-SNAPSHOT.csar"),
                               QStringLiteral("03-mesos-types-1.4.0-SNAPSHOT.csar")};
    QStringList written;
    for (const QString &path : result.dependencyArchives) {
        EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(csar).absolutePath());
        written.append(QFileInfo(path).fileName());
    }
    EXPECT_EQ(written, expected);
    EXPECT_EQ(everythingUnder(out.path()),
              QStringList(expected) << QStringLiteral("marathon.csar"));

    // Each is a type archive A4C accepts, named after what it holds.
    for (int i = 0; i < result.dependencyArchives.size(); ++i) {
        const CatalogEntry *entry = loaded.dependencies.at(i);
        CsarReader reader(result.dependencyArchives.at(i));
        const CsarLayout layout = CsarLayout::locate(reader);
        ASSERT_TRUE(layout.isAcceptedByAlien4Cloud()) << describe(layout.diagnostics());
        ASSERT_TRUE(layout.metadata().has_value());
        EXPECT_EQ(layout.metadata()->name(), entry->name);
        EXPECT_EQ(layout.metadata()->csarVersion(), entry->version);
    }
    EXPECT_THAT(result.summary().toStdString(), HasSubstr("upload order"));
}

TEST(CsarExporter, SelfContainedCanWriteTheDependenciesIntoAFolder)
{
    const LoadedTopology loaded = load(bundledExample(QStringLiteral("aurora")));
    QTemporaryDir out;
    CsarExporter::Options options;
    options.selfContained = true;
    options.dependencyFolder = out.filePath(QStringLiteral("types"));

    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded),
                                       out.filePath(QStringLiteral("aurora.csar")),
                                       options);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    QStringList names;
    for (const CatalogEntry *entry : loaded.dependencies)
        names.append(entry->name);
    EXPECT_EQ(names.first(), QStringLiteral("tosca-normative-types"));
    EXPECT_EQ(names.last(), QStringLiteral("aurora-types"));
    EXPECT_EQ(QDir(options.dependencyFolder).entryList(QDir::Files).size(), names.size());
    EXPECT_TRUE(QFileInfo(result.dependencyArchives.last())
                    .fileName()
                    .endsWith(QLatin1String("-aurora-types-1.4.0-SNAPSHOT.csar")));
}

TEST(CsarExporter, TheSimpleProfileTopologistAddsIsNotAnArchiveToUpload)
{
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog())
              .loadBytes("tosca_definitions_version: tosca_simple_yaml_1_0\n"
                         "template_name: simple\n"
                         "template_version: 1.0.0\n"
                         "topology_template:\n"
                         "  node_templates:\n"
                         "    Server:\n"
                         "      type: tosca.nodes.Compute\n",
                         QStringLiteral("simple.yml"));
    ASSERT_EQ(loaded.dependencies.size(), 1) << describe(loaded.diagnostics);
    EXPECT_EQ(loaded.dependencies.first()->id(), TypeCatalog::simpleProfileId());
    EXPECT_TRUE(CsarExporter::archivesToUpload(CsarExporter::Source::fromLoaded(loaded)).isEmpty());

    const LoadedTopology marathon = load(bundledExample(QStringLiteral("marathon")));
    EXPECT_EQ(CsarExporter::archivesToUpload(CsarExporter::Source::fromLoaded(marathon)),
              marathon.dependencies);
}

TEST(CsarExporter, SameContentGivesTheSameBytes)
{
    const LoadedTopology loaded = load(bundledExample(QStringLiteral("mesos-ha")));
    QTemporaryDir out;
    const QString first = out.filePath(QStringLiteral("a.csar"));
    const QString second = out.filePath(QStringLiteral("b.csar"));
    ASSERT_TRUE(CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), first).ok());
    ASSERT_TRUE(
        CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(loaded), second).ok());
    EXPECT_EQ(readAll(first), readAll(second));
}

TEST(CsarExporter, TopologyOpenedFromACsarExportsAgainIdentically)
{
    QTemporaryDir work;
    const QString topology = work.filePath(QStringLiteral("src/with-artifact.yml"));
    ASSERT_TRUE(writeFile(topology, readAll(dataPath(QStringLiteral("export/with-artifact.yml")))));
    ASSERT_TRUE(writeFile(work.filePath(QStringLiteral("src/files/settings.cfg")), "x = 1\n"));
    const QString first = work.filePath(QStringLiteral("first.csar"));
    ASSERT_TRUE(
        CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(load(topology)), first).ok());

    // The artifact now comes from the unpacked copy, which the loaded topology keeps alive.
    const LoadedTopology fromCsar = TopologyLoader(bundledCatalog()).loadCsar(first);
    ASSERT_TRUE(fromCsar.readable) << describe(fromCsar.diagnostics);
    ASSERT_TRUE(fromCsar.isFromCsar());
    const QString second = work.filePath(QStringLiteral("second.csar"));
    const CsarExporter::Result result
        = CsarExporter::exportTopology(CsarExporter::Source::fromLoaded(fromCsar), second);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    EXPECT_EQ(readAll(first), readAll(second));
}

TEST(CsarExporter, NamesFollowTheArchiveIdentity)
{
    EXPECT_EQ(CsarExporter::defaultFileName(QStringLiteral("marathon-topology"),
                                            QStringLiteral("1.4.0-SNAPSHOT")),
              QStringLiteral("marathon-topology-1.4.0-SNAPSHOT.csar"));
    const CatalogEntry *normative = bundledCatalog().find(QStringLiteral("tosca-normative-types"),
                                                          QStringLiteral("1.0.0-ALIEN14"));
    ASSERT_NE(normative, nullptr);
    EXPECT_EQ(CsarExporter::dependencyFileName(1, *normative),
              QStringLiteral("01-tosca-normative-types-1.0.0-ALIEN14.csar"));
    const ToscaMetadata meta = CsarExporter::metadataFor(
        QStringLiteral("a"), QStringLiteral("1.0"), QString(), QStringLiteral("a.yml"));
    EXPECT_EQ(meta.createdBy(), QStringLiteral("Topologist " TOPOLOGIST_VERSION));
    // The TOSCA order, every value quoted so YAML keeps "1.0" a string.
    EXPECT_EQ(meta.toBytes(),
              QByteArray("TOSCA-Meta-File-Version: \"1.0\"\n"
                         "CSAR-Version: \"1.0\"\n"
                         "Created-By: \"Topologist " TOPOLOGIST_VERSION "\"\n"
                         "Entry-Definitions: \"a.yml\"\n"
                         "Name: \"a\"\n"));
}
