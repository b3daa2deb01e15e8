// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "csar/csarexporter.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "zipbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::readAll;
using namespace Topologist::Test;

namespace {

/// The with-artifact example's CSAR, exported by the exporter, in @p folder.
QString exportedCsar(const QString &folder)
{
    const QString topology = folder + QStringLiteral("/src/with-artifact.yml");
    writeFile(topology,
              readAll(QStringLiteral(TOPOLOGIST_TEST_DATA_DIR "/export/with-artifact.yml")));
    writeFile(folder + QStringLiteral("/src/files/settings.cfg"), "port = 8080\n");
    Diagnostics diagnostics;
    auto document = TopologyDocument::open(topology, bundledCatalog(), &diagnostics);
    if (!document)
        return QString();
    const CsarExporter::Source source = document->csarSource();
    const QString csar = folder + QStringLiteral("/with-artifact.csar");
    return CsarExporter::exportTopology(source, csar).ok() ? csar : QString();
}

} // namespace

TEST(OpenCsarDocument, OpensACsarThatMustBeSavedAsElsewhere)
{
    QTemporaryDir work;
    const QString csar = exportedCsar(work.path());
    ASSERT_FALSE(csar.isEmpty());

    Diagnostics diagnostics;
    auto document = TopologyDocument::open(csar, bundledCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    EXPECT_TRUE(document->isFromArchive());
    EXPECT_TRUE(document->filePath().isEmpty());
    EXPECT_EQ(document->sourceArchivePath(), QFileInfo(csar).absoluteFilePath());
    EXPECT_EQ(document->displayName(), QStringLiteral("with-artifact.csar"));
    EXPECT_EQ(document->archive().name, QStringLiteral("with-artifact"));
    EXPECT_NE(document->topology().node(QStringLiteral("Compute")), nullptr);
    EXPECT_EQ(document->topology().node(QStringLiteral("Compute"))->location.file,
              csar + QStringLiteral("!with-artifact.yml"));
    // The artifact is where export and push will look for it, for as long as the document lives.
    const QString folder = document->resourceFolder();
    EXPECT_EQ(readAll(folder + QStringLiteral("/files/settings.cfg")), QByteArray("port = 8080\n"));

    // Exported as it stands, the document opened from the CSAR gives that CSAR back: the
    // artifact comes from the unpacked copy.
    const QString again = work.filePath(QStringLiteral("again.csar"));
    const CsarExporter::Result exported
        = CsarExporter::exportTopology(document->csarSource(), again);
    ASSERT_TRUE(exported.ok()) << exported.summary().toStdString();
    EXPECT_EQ(readAll(again), readAll(csar));

    // Save As a YAML file: the document then has a file of its own; the unpacked copy is
    // untouched and still serves the artifact.
    const QString saved = work.filePath(QStringLiteral("saved/with-artifact.yml"));
    QDir().mkpath(QFileInfo(saved).absolutePath());
    const QStringList unpackedBefore = everythingUnder(folder);
    QString error;
    ASSERT_TRUE(document->save(saved, &error)) << error.toStdString();
    EXPECT_FALSE(document->isFromArchive());
    EXPECT_EQ(document->filePath(), QFileInfo(saved).absoluteFilePath());
    EXPECT_EQ(everythingUnder(folder), unpackedBefore);
    EXPECT_EQ(document->resourceFolder(), folder);
    EXPECT_EQ(readAll(saved), document->serialize());

    document.reset();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST(OpenCsarDocument, HostileCsarIsRefusedWithTheReadersDiagnostics)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("slip.csar"));
    ASSERT_TRUE(
        writeFile(csar,
                  ZipBuilder()
                      .add(QStringLiteral("t.yml"), "tosca_definitions_version: alien_dsl_1_4_0\n")
                      .add(QStringLiteral("../evil.txt"), "owned\n")
                      .build()));
    Diagnostics diagnostics;
    EXPECT_EQ(TopologyDocument::open(csar, bundledCatalog(), &diagnostics), nullptr);
    ASSERT_FALSE(diagnostics.isEmpty());
    EXPECT_EQ(diagnostics.first().code, QStringLiteral("TOPO-CSAR-006"));
    EXPECT_EQ(diagnostics.first().location.file, csar);
    EXPECT_EQ(everythingUnder(work.path()), QStringList{QStringLiteral("slip.csar")});
}

TEST(OpenCsarDocument, YamlDocumentsAreNotFromAnArchive)
{
    QTemporaryDir work;
    const QString topology = work.filePath(QStringLiteral("with-artifact.yml"));
    ASSERT_TRUE(writeFile(
        topology, readAll(QStringLiteral(TOPOLOGIST_TEST_DATA_DIR "/export/with-artifact.yml"))));
    Diagnostics diagnostics;
    auto document = TopologyDocument::open(topology, bundledCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    EXPECT_FALSE(document->isFromArchive());
    EXPECT_TRUE(document->sourceArchivePath().isEmpty());
    EXPECT_EQ(document->resourceFolder(), QFileInfo(topology).absolutePath());
    EXPECT_EQ(document->serialize(), CsarExporter::serialize(document->archive()));
    const CsarExporter::Source source = document->csarSource();
    EXPECT_EQ(source.rootPath, QFileInfo(topology).absolutePath());
    EXPECT_EQ(source.definitionsFileName, QStringLiteral("with-artifact.yml"));
    EXPECT_EQ(source.definitions, document->serialize());
    EXPECT_EQ(source.dependencies, document->dependencies());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
