// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/referencedfiles.h"
#include "csar/csarexporter.h"
#include "csar/csarlayout.h"
#include "csar/csarreader.h"
#include "exporttestsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;
using Kind = ReferencedFiles::Reference::Kind;

namespace {

struct TypeArchiveCase
{
    const char *name;
    const char *version;
    /// Whether the archive's types have lifecycle scripts (the normative types have none).
    bool hasScripts;
};

void PrintTo(const TypeArchiveCase &c, std::ostream *os)
{
    *os << c.name;
}

} // namespace

class TypeArchiveExport : public ::testing::TestWithParam<TypeArchiveCase>
{
};

// Issue 6's acceptance: every implementation script, artifact and icon the definitions of a
// bundled type archive reference travels in its CSAR, byte for byte.
TEST_P(TypeArchiveExport, CarriesEveryReferencedFileWithItsBytes)
{
    const TypeArchiveCase &c = GetParam();
    const CatalogEntry *entry
        = bundledCatalog().find(QLatin1String(c.name), QLatin1String(c.version));
    ASSERT_NE(entry, nullptr) << c.name;
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("types.csar"));

    const CsarExporter::Result result = CsarExporter::exportTypeArchive(*entry, csar);
    ASSERT_TRUE(result.ok()) << result.summary().toStdString();
    const QMap<QString, QByteArray> files = zipFiles(csar);
    ASSERT_FALSE(files.isEmpty());

    const QList<ReferencedFiles::Reference> references = ReferencedFiles::collect(entry->archive);
    int scripts = 0;
    int icons = 0;
    for (const ReferencedFiles::Reference &reference : references) {
        scripts += reference.kind == Kind::Implementation ? 1 : 0;
        icons += reference.kind == Kind::Icon ? 1 : 0;
        QFile source(QDir(entry->rootPath).filePath(reference.path));
        ASSERT_TRUE(source.open(QIODevice::ReadOnly))
            << "the library itself lacks " << reference.path.toStdString() << ", referenced by "
            << reference.owner.toStdString();
        ASSERT_TRUE(files.contains(reference.path))
            << reference.path.toStdString() << " (" << reference.owner.toStdString() << ")";
        EXPECT_EQ(files.value(reference.path), source.readAll()) << reference.path.toStdString();
    }
    EXPECT_GT(icons, 0) << "every bundled archive has icons";
    if (c.hasScripts) {
        EXPECT_GT(scripts, 0);
    }

    // The definitions go as they are, under TOSCA.meta naming them; nothing else rides along
    // but the Topologist rules.
    QFile definitions(entry->definitionsPath);
    ASSERT_TRUE(definitions.open(QIODevice::ReadOnly));
    const QString definitionsName = QFileInfo(entry->definitionsPath).fileName();
    EXPECT_EQ(files.value(definitionsName), definitions.readAll());
    QStringList expected{ToscaMetadata::filePath(), definitionsName};
    for (const ReferencedFiles::Reference &reference : references)
        expected.append(reference.path);
    for (const QString &rules : entry->rulesFiles)
        expected.append(QDir(entry->rootPath).relativeFilePath(rules));
    expected.sort();
    EXPECT_EQ(files.keys(), expected);

    CsarReader reader(csar);
    const CsarLayout layout = CsarLayout::locate(reader);
    EXPECT_TRUE(layout.isAcceptedByAlien4Cloud()) << describe(layout.diagnostics());
    EXPECT_EQ(layout.entryDefinitions(), definitionsName);
    ASSERT_TRUE(layout.metadata().has_value());
    EXPECT_EQ(layout.metadata()->name(), entry->name);
    EXPECT_EQ(layout.metadata()->csarVersion(), entry->version);
    EXPECT_EQ(layout.metadata()->createdBy(), entry->archive.author);
}

// The CSAR is also how archives travel between Topologist users: a catalog given the CSAR
// knows the same archive as one given the folder.
TEST_P(TypeArchiveExport, CsarAddedToACatalogGivesTheSameArchive)
{
    const TypeArchiveCase &c = GetParam();
    const CatalogEntry *entry
        = bundledCatalog().find(QLatin1String(c.name), QLatin1String(c.version));
    ASSERT_NE(entry, nullptr);
    QTemporaryDir out;
    const QString csar = out.filePath(QStringLiteral("types.csar"));
    ASSERT_TRUE(CsarExporter::exportTypeArchive(*entry, csar).ok());

    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addCsar(csar, &diagnostics)) << describe(diagnostics);
    const CatalogEntry *added = catalog.find(entry->id());
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->origin, CatalogEntry::Origin::Csar);
    EXPECT_EQ(added->sourcePath, csar);
    EXPECT_TRUE(added->archive == entry->archive);
    EXPECT_EQ(added->rulesFiles.size(), entry->rulesFiles.size());
    for (const ReferencedFiles::Reference &reference : ReferencedFiles::collect(added->archive))
        EXPECT_TRUE(QFileInfo(QDir(added->rootPath).filePath(reference.path)).isFile())
            << reference.path.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Export,
    TypeArchiveExport,
    ::testing::Values(TypeArchiveCase{"tosca-normative-types", "1.0.0-ALIEN14", false},
                      TypeArchiveCase{"docker-engine-type", "1.4.0-SNAPSHOT", true},
                      TypeArchiveCase{"mesos-types", "1.4.0-SNAPSHOT", true},
                      TypeArchiveCase{"aurora-types", "1.4.0-SNAPSHOT", true}),
    [](const auto &param) {
        return QString::fromLatin1(param.param.name)
            .replace(QLatin1Char('-'), QLatin1Char('_'))
            .toStdString();
    });

TEST(TypeArchiveExport, MissingScriptIsRefusedNamingItsOwner)
{
    QTemporaryDir work;
    const QString root = work.filePath(QStringLiteral("acme-types"));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/acme-types.yml"),
                          "tosca_definitions_version: alien_dsl_1_4_0\n"
                          "template_name: acme-types\n"
                          "template_version: 1.0.0\n"
                          "imports:\n"
                          "  - tosca-normative-types:1.0.0-ALIEN14\n"
                          "node_types:\n"
                          "  acme.nodes.Server:\n"
                          "    derived_from: tosca.nodes.SoftwareComponent\n"
                          "    interfaces:\n"
                          "      Standard:\n"
                          "        create: scripts/create.sh\n"
                          "        start: scripts/start.sh\n"));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/scripts/create.sh"), "#!/bin/sh\n"));
    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addLibrary(root, &diagnostics)) << describe(diagnostics);
    const CatalogEntry *entry = catalog.find(QStringLiteral("acme-types:1.0.0"));
    ASSERT_NE(entry, nullptr);

    const QString csar = work.filePath(QStringLiteral("acme.csar"));
    const CsarExporter::Result result = CsarExporter::exportTypeArchive(*entry, csar);
    ASSERT_EQ(result.refusal, CsarExporter::Refusal::MissingFiles);
    ASSERT_EQ(result.missingFiles.size(), 1);
    EXPECT_EQ(result.missingFiles.first().path, QStringLiteral("scripts/start.sh"));
    EXPECT_EQ(result.missingFiles.first().owner,
              QStringLiteral("acme.nodes.Server Standard.start"));
    EXPECT_EQ(result.missingFiles.first().archive, QStringLiteral("acme-types:1.0.0"));
    EXPECT_FALSE(QFileInfo::exists(csar));
}
