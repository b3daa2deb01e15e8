// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/topologyloader.h"
#include "csar/csarcodes.h"
#include "csar/unpackedcsar.h"
#include "exporttestsupport.h"
#include "zipbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

using namespace Topologist;
using namespace Topologist::Test;
using ::testing::HasSubstr;

namespace {

const QByteArray TopologyYaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                                "\n"
                                "metadata:\n"
                                "  template_name: tiny-topology\n"
                                "  template_version: 0.1.0-SNAPSHOT\n"
                                "\n"
                                "imports:\n"
                                "  - tosca-normative-types:1.0.0-ALIEN14\n"
                                "  - no-such-archive:9.9.9\n"
                                "\n"
                                "topology_template:\n"
                                "  node_templates:\n"
                                "    Compute:\n"
                                "      type: tosca.nodes.Compute\n";

QByteArray topologyCsar(const QString &definitions = QStringLiteral("tiny.yml"))
{
    return ZipBuilder()
        .add(QStringLiteral("TOSCA-Metadata/TOSCA.meta"),
             "TOSCA-Meta-File-Version: 1.0\nEntry-Definitions: " + definitions.toUtf8() + "\n")
        .add(definitions, TopologyYaml)
        .add(QStringLiteral("files/readme.txt"), "hello\n")
        .build();
}

} // namespace

TEST(OpenCsar, LoaderNamesFilesInsideTheArchiveAsArchiveBangPath)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("tiny.csar"));
    ASSERT_TRUE(writeFile(csar, topologyCsar(QStringLiteral("Definitions/tiny.yml"))));

    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(csar);
    ASSERT_TRUE(loaded.readable) << describe(loaded.diagnostics);
    ASSERT_TRUE(loaded.isFromCsar());
    EXPECT_EQ(loaded.archive.name, QStringLiteral("tiny-topology"));
    // The unknown import, at line 9 column 5 of the YAML inside the archive.
    const Diagnostic *unknown = findDiagnostic(loaded.diagnostics, QStringLiteral("TOPO-IMP-001"));
    ASSERT_NE(unknown, nullptr) << describe(loaded.diagnostics);
    EXPECT_EQ(unknown->location.file, csar + QStringLiteral("!Definitions/tiny.yml"));
    EXPECT_EQ(unknown->location.line, 9);
    EXPECT_THAT(
        unknown->toString().toStdString(),
        HasSubstr(QString(csar + QStringLiteral("!Definitions/tiny.yml:9:")).toStdString()));
    const NodeTemplate *compute = loaded.archive.topology->node(QStringLiteral("Compute"));
    ASSERT_NE(compute, nullptr);
    EXPECT_EQ(compute->location.file, csar + QStringLiteral("!Definitions/tiny.yml"));

    // The files live in the unpacked copy; references resolve against the archive root, not
    // against the folder of the definitions.
    EXPECT_TRUE(loaded.archive.filePath.startsWith(loaded.csar->folder()));
    EXPECT_EQ(loaded.rootPath, loaded.csar->rootPath());
    EXPECT_EQ(readAll(QDir(loaded.rootPath).filePath(QStringLiteral("files/readme.txt"))),
              QByteArray("hello\n"));
}

TEST(OpenCsar, DisplayPathReplacesTheArchivePathInEveryDiagnostic)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("tiny.csar"));
    ASSERT_TRUE(writeFile(csar, topologyCsar()));
    const LoadedTopology loaded
        = TopologyLoader(bundledCatalog()).loadFile(csar, QStringLiteral("shown/tiny.csar"));
    ASSERT_TRUE(loaded.readable);
    for (const Diagnostic &d : loaded.diagnostics)
        EXPECT_TRUE(d.location.file.startsWith(QLatin1String("shown/tiny.csar!")))
            << d.toString().toStdString();
}

TEST(OpenCsar, UnpackedFolderLivesAsLongAsTheTopology)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("tiny.csar"));
    ASSERT_TRUE(writeFile(csar, topologyCsar()));
    TemporaryRoot root;
    ASSERT_TRUE(root.isValid());
    QString folder;
    {
        const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadCsar(csar);
        ASSERT_TRUE(loaded.isFromCsar());
        folder = loaded.csar->folder();
        // Under the temporary root, which is what makes the hostile-archive checks below mean
        // something.
        EXPECT_TRUE(folder.startsWith(root.tempRoot())) << folder.toStdString();
        LoadedTopology copy = loaded; // the copy shares the folder
        EXPECT_TRUE(QFileInfo(folder).isDir());
    }
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_EQ(everythingUnder(root.sentinel()), QStringList{QStringLiteral("tmp")});
}

TEST(OpenCsar, ZipIsRecognisedByItsSignatureWhateverItsName)
{
    QTemporaryDir work;
    const QString disguised = work.filePath(QStringLiteral("topology.bin"));
    ASSERT_TRUE(writeFile(disguised, topologyCsar()));
    const QString yaml = work.filePath(QStringLiteral("topology.yml"));
    ASSERT_TRUE(writeFile(yaml, TopologyYaml));
    EXPECT_TRUE(UnpackedCsar::isCsarPath(disguised));
    EXPECT_FALSE(UnpackedCsar::isCsarPath(yaml));
    EXPECT_TRUE(UnpackedCsar::isCsarPath(QStringLiteral("not-yet-there.CSAR")));

    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(disguised);
    EXPECT_TRUE(loaded.isFromCsar());
    EXPECT_EQ(loaded.archive.name, QStringLiteral("tiny-topology"));
}

TEST(OpenCsar, CatalogAddsATypeCsarByPathAndKeepsItsFiles)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("acme.zip"));
    ASSERT_TRUE(writeFile(csar,
                          ZipBuilder()
                              .add(QStringLiteral("acme-types.yml"),
                                   "tosca_definitions_version: alien_dsl_1_4_0\n"
                                   "template_name: acme-types\n"
                                   "template_version: 1.0.0\n"
                                   "node_types:\n"
                                   "  acme.nodes.Thing:\n"
                                   "    derived_from: tosca.nodes.Root\n"
                                   "    interfaces:\n"
                                   "      Standard:\n"
                                   "        create: scripts/create.sh\n")
                              .add(QStringLiteral("scripts/create.sh"), "#!/bin/sh\necho hi\n")
                              .add(QStringLiteral("rules/acme.yml"), "rules: []\n")
                              .build()));
    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addPath(csar, &diagnostics)) << describe(diagnostics);
    const CatalogEntry *entry = catalog.find(QStringLiteral("acme-types:1.0.0"));
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->origin, CatalogEntry::Origin::Csar);
    EXPECT_EQ(entry->sourcePath, csar);
    EXPECT_EQ(readAll(QDir(entry->rootPath).filePath(QStringLiteral("scripts/create.sh"))),
              QByteArray("#!/bin/sh\necho hi\n"));
    ASSERT_EQ(entry->rulesFiles.size(), 1);
    EXPECT_TRUE(entry->rulesFiles.first().endsWith(QLatin1String("rules/acme.yml")));
    EXPECT_EQ(entry->archive.location.file, csar + QStringLiteral("!acme-types.yml"));

    // The same archive again is refused as a duplicate, and its second copy not kept.
    Diagnostics again;
    EXPECT_FALSE(catalog.addCsar(csar, &again));
    EXPECT_NE(findDiagnostic(again, QStringLiteral("TOPO-CAT-004")), nullptr) << describe(again);
}

TEST(OpenCsar, ArchiveWithoutEntryDefinitionsIsRefused)
{
    QTemporaryDir work;
    const QString csar = work.filePath(QStringLiteral("two.csar"));
    ASSERT_TRUE(writeFile(csar,
                          ZipBuilder()
                              .add(QStringLiteral("a.yml"), TopologyYaml)
                              .add(QStringLiteral("b.yml"), TopologyYaml)
                              .build()));
    TemporaryRoot root;
    ASSERT_TRUE(root.isValid());
    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(csar);
    EXPECT_FALSE(loaded.readable);
    EXPECT_NE(findDiagnostic(loaded.diagnostics, CsarCode::SeveralRootDefinitions), nullptr)
        << describe(loaded.diagnostics);
    EXPECT_EQ(everythingUnder(root.sentinel()), QStringList{QStringLiteral("tmp")});
}

namespace {

struct HostileArchive
{
    const char *label;
    std::function<QByteArray()> bytes;
    const char *code;
};

void PrintTo(const HostileArchive &c, std::ostream *os)
{
    *os << c.label;
}

QString absoluteVictim()
{
    return QDir::cleanPath(QDir::rootPath() + QStringLiteral("tmp/topologist-open-csar-victim-")
                           + QString::number(QCoreApplication::applicationPid())
                           + QStringLiteral(".txt"));
}

QByteArray withEntry(const QString &name)
{
    return ZipBuilder().add(QStringLiteral("tiny.yml"), TopologyYaml).add(name, "owned\n").build();
}

QByteArray bomb()
{
    // 20 MiB of zeros deflate to about 20 KiB: a ratio near 1000.
    return ZipBuilder()
        .add(QStringLiteral("tiny.yml"), TopologyYaml)
        .add(QStringLiteral("bomb.bin"), QByteArray(20 * 1024 * 1024, '\0'))
        .build();
}

QByteArray truncated()
{
    QRandomGenerator generator(7);
    ZipBuilder builder;
    builder.add(QStringLiteral("tiny.yml"), TopologyYaml);
    for (int i = 0; i < 4; ++i) {
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &b : noise)
            b = char(generator.bounded(256));
        builder.add(QStringLiteral("f%1.bin").arg(i), noise);
    }
    const QByteArray whole = builder.build();
    return whole.left(whole.size() / 2);
}

QByteArray notAZip()
{
    return "tosca_definitions_version: alien_dsl_1_4_0\nthis is no zip at all\n";
}

} // namespace

class HostileCsar : public ::testing::TestWithParam<HostileArchive>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_archives.isValid());
        m_csar
            = m_archives.filePath(QStringLiteral("%1.csar").arg(QLatin1String(GetParam().label)));
        ASSERT_TRUE(writeFile(m_csar, GetParam().bytes()));
        QFile::remove(absoluteVictim());
    }

    /// Nothing was written outside the temporary root, and nothing is left inside it.
    void expectNothingWritten(const TemporaryRoot &root)
    {
        EXPECT_EQ(everythingUnder(root.sentinel()), QStringList{QStringLiteral("tmp")});
        EXPECT_FALSE(QFileInfo::exists(absoluteVictim()));
        EXPECT_EQ(everythingUnder(m_archives.path()), QStringList{QFileInfo(m_csar).fileName()});
    }

    void expectRefusal(const Diagnostics &diagnostics, const QString &archiveName)
    {
        const Diagnostic *d = findDiagnostic(diagnostics, QLatin1String(GetParam().code));
        ASSERT_NE(d, nullptr) << "expected " << GetParam().code << " in" << describe(diagnostics);
        EXPECT_EQ(d->severity, Severity::Error);
        EXPECT_EQ(d->location.file, archiveName);
        EXPECT_THAT(d->message.toStdString(),
                    HasSubstr(QFileInfo(m_csar).fileName().toStdString()));
    }

    QTemporaryDir m_archives;
    QString m_csar;
};

TEST_P(HostileCsar, CatalogRefusesItAndWritesNothingOutside)
{
    TemporaryRoot root;
    ASSERT_TRUE(root.isValid());
    TypeCatalog catalog;
    Diagnostics diagnostics;
    EXPECT_FALSE(catalog.addPath(m_csar, &diagnostics));
    expectRefusal(diagnostics, m_csar);
    EXPECT_TRUE(catalog.entries().isEmpty());
    expectNothingWritten(root);
}

TEST_P(HostileCsar, LoaderRefusesItAsUnreadableAndWritesNothingOutside)
{
    TemporaryRoot root;
    ASSERT_TRUE(root.isValid());
    const LoadedTopology loaded = TopologyLoader(bundledCatalog()).loadFile(m_csar);
    EXPECT_FALSE(loaded.readable);
    EXPECT_FALSE(loaded.isFromCsar());
    expectRefusal(loaded.diagnostics, m_csar);
    expectNothingWritten(root);
}

INSTANTIATE_TEST_SUITE_P(
    OpenCsar,
    HostileCsar,
    ::testing::Values(
        HostileArchive{
            "ZipSlip", [] { return withEntry(QStringLiteral("../../evil.txt")); }, "TOPO-CSAR-006"},
        HostileArchive{"AbsolutePath", [] { return withEntry(absoluteVictim()); }, "TOPO-CSAR-006"},
        HostileArchive{"Bomb", bomb, "TOPO-CSAR-011"},
        HostileArchive{"Truncated", truncated, "TOPO-CSAR-003"},
        HostileArchive{"NotAZip", notAZip, "TOPO-CSAR-002"}),
    [](const ::testing::TestParamInfo<HostileArchive> &param) {
        return std::string(param.param.label);
    });
