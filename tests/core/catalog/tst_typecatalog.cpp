// SPDX-License-Identifier: GPL-3.0-or-later
// TypeCatalog: the bundled library, and user archives added as a folder or a YAML file and then
// imported by a topology.
#include "testhelpers.h"
#include "testpaths.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

TEST(TypeCatalog, BundledLibrary)
{
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    QStringList ids;
    for (const CatalogEntry *entry : catalog.entries()) {
        ids << entry->id();
        // The bundled archives are ours: they must read without a single remark.
        EXPECT_TRUE(entry->diagnostics.isEmpty())
            << entry->id().toStdString() << describe(entry->diagnostics);
        EXPECT_EQ(entry->origin, CatalogEntry::Origin::Bundled);
        EXPECT_TRUE(entry->rootPath.startsWith(TypeCatalog::bundledRoot()));
        EXPECT_FALSE(entry->archive.types.isEmpty()) << entry->id().toStdString();
    }
    ids.sort();
    EXPECT_EQ(ids,
              QStringList({QStringLiteral("aurora-types:1.4.0-SNAPSHOT"),
                           QStringLiteral("docker-engine-type:1.4.0-SNAPSHOT"),
                           QStringLiteral("mesos-types:1.4.0-SNAPSHOT"),
                           QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"),
                           QStringLiteral("tosca-normative-types:1.0.0-ALIEN20"),
                           QStringLiteral("tosca-simple-profile:1.0.0")}));
    ASSERT_NE(catalog.find(QStringLiteral("mesos-types:1.4.0-SNAPSHOT")), nullptr);
    EXPECT_EQ(catalog.find(QStringLiteral("mesos-types"), QStringLiteral("1.4.0-SNAPSHOT")),
              catalog.find(QStringLiteral("mesos-types:1.4.0-SNAPSHOT")));
    EXPECT_EQ(catalog.find(QStringLiteral("mesos-types")), nullptr);
    EXPECT_EQ(catalog.versionsOf(QStringLiteral("mesos-types")),
              QStringList{QStringLiteral("1.4.0-SNAPSHOT")});
    // The icons ship with the archives.
    const CatalogEntry *mesos = catalog.find(QStringLiteral("mesos-types:1.4.0-SNAPSHOT"));
    EXPECT_TRUE(
        QFile::exists(QDir(mesos->rootPath).filePath(QStringLiteral("images/mesos_icon.png"))));
}

TEST(TypeCatalog, BundledTypesLoadWithoutErrorsWhenImportedTogether)
{
    const LoadedTopology loaded = TopologyLoader(bundledCatalog())
                                      .loadBytes("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                 "imports:\n"
                                                 "  - tosca-normative-types:1.0.0-ALIEN14\n"
                                                 "  - docker-engine-type:1.4.0-SNAPSHOT\n"
                                                 "  - mesos-types:1.4.0-SNAPSHOT\n"
                                                 "  - aurora-types:1.4.0-SNAPSHOT\n",
                                                 QStringLiteral("all.yml"));
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    // Every type of every archive resolves (no unknown parent hidden in a catalog archive).
    for (const CatalogEntry *entry : loaded.dependencies) {
        for (const TypeDefinition &type : entry->archive.types)
            EXPECT_NE(loaded.types->resolved(type.kind, type.name), nullptr)
                << type.name.toStdString();
    }
}

TEST(TypeCatalog, UserArchivesFromAFolderAndAFile)
{
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addPath(dataPath(QStringLiteral("valid/user-archive")), &diagnostics))
        << describe(diagnostics);
    ASSERT_TRUE(catalog.addPath(dataPath(QStringLiteral("valid/other-types.yml")), &diagnostics))
        << describe(diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);

    const CatalogEntry *folder = catalog.find(QStringLiteral("feature-types:1.0.0"));
    ASSERT_NE(folder, nullptr);
    EXPECT_EQ(folder->origin, CatalogEntry::Origin::Folder);
    EXPECT_EQ(QDir(folder->rootPath), QDir(dataPath(QStringLiteral("valid/user-archive"))));
    const CatalogEntry *file = catalog.find(QStringLiteral("other-types:2.0.0"));
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->origin, CatalogEntry::Origin::File);
    EXPECT_EQ(QDir(file->rootPath), QDir(dataPath(QStringLiteral("valid"))));

    // A topology imports both, and a type of the file archive derives from one of the folder's.
    const LoadedTopology loaded
        = TopologyLoader(catalog).loadFile(dataPath(QStringLiteral("valid/uses-user-types.yml")));
    EXPECT_TRUE(loaded.diagnostics.isEmpty()) << describe(loaded.diagnostics);
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    EXPECT_TRUE(Validator::structural().validate(context).isEmpty());
    QStringList dependencies;
    for (const CatalogEntry *entry : loaded.dependencies)
        dependencies << entry->id();
    EXPECT_EQ(dependencies,
              QStringList({QStringLiteral("tosca-normative-types:1.0.0-ALIEN14"),
                           QStringLiteral("feature-types:1.0.0"),
                           QStringLiteral("other-types:2.0.0")}));
    EXPECT_EQ(loaded.types->lineage(TypeKind::Node, QStringLiteral("org.example.nodes.Grandchild")),
              QStringList({QStringLiteral("org.example.nodes.Grandchild"),
                           QStringLiteral("org.example.nodes.Child"),
                           QStringLiteral("org.example.nodes.Base"),
                           QStringLiteral("tosca.nodes.SoftwareComponent"),
                           QStringLiteral("tosca.nodes.Root")}));
    const TypeDefinition *grandchild
        = loaded.types->resolved(TypeKind::Node, QStringLiteral("org.example.nodes.Grandchild"));
    ASSERT_NE(grandchild, nullptr);
    EXPECT_NE(findDefinition(grandchild->properties, QStringLiteral("first")), nullptr);
    EXPECT_NE(findDefinition(grandchild->properties, QStringLiteral("fifth")), nullptr);

    // Without the user archives, the same topology reports both imports, on their lines.
    const LoadedTopology bare
        = TopologyLoader(bundledCatalog())
              .loadFile(dataPath(QStringLiteral("valid/uses-user-types.yml")));
    ASSERT_EQ(bare.diagnostics.size(), 2) << describe(bare.diagnostics);
    EXPECT_EQ(bare.diagnostics[0].code, QStringLiteral("TOPO-IMP-001"));
    EXPECT_EQ(bare.diagnostics[0].location.line, 10);
    EXPECT_EQ(bare.diagnostics[1].location.line, 11);
}

TEST(TypeCatalog, FolderOfArchives)
{
    // A folder whose subfolders are archives adds each of them.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const char *name : {"one", "two"}) {
        ASSERT_TRUE(QDir(dir.path()).mkpath(QLatin1String(name)));
        ASSERT_TRUE(writeFile(dir.filePath(QLatin1String(name) + QStringLiteral("/types.yml")),
                              QByteArray("tosca_definitions_version: alien_dsl_1_4_0\n"
                                         "metadata:\n"
                                         "  template_name: ")
                                  + name + "\n  template_version: 1.0.0\n"));
    }
    TypeCatalog catalog;
    Diagnostics diagnostics;
    EXPECT_TRUE(catalog.addPath(dir.path(), &diagnostics)) << describe(diagnostics);
    EXPECT_NE(catalog.find(QStringLiteral("one:1.0.0")), nullptr);
    EXPECT_NE(catalog.find(QStringLiteral("two:1.0.0")), nullptr);
}

TEST(TypeCatalog, ArchivesThatCannotBeAdded)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TypeCatalog catalog;
    catalog.addBundledLibrary();

    // Nothing there.
    Diagnostics diagnostics;
    EXPECT_FALSE(catalog.addPath(dir.filePath(QStringLiteral("nothing-here")), &diagnostics));
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-FILE-001"));

    // An empty folder.
    diagnostics.clear();
    EXPECT_FALSE(catalog.addPath(dir.path(), &diagnostics));
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-CAT-001"));

    // No template_name/template_version: cannot be imported.
    const QString anonymous = dir.filePath(QStringLiteral("anonymous.yml"));
    ASSERT_TRUE(writeFile(anonymous, "tosca_definitions_version: alien_dsl_1_4_0\n"));
    diagnostics.clear();
    EXPECT_FALSE(catalog.addPath(anonymous, &diagnostics));
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-CAT-003"));

    // Two definitions files in one archive folder: a warning on the library, which then
    // holds no archive.
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("second.yml")),
                          "tosca_definitions_version: alien_dsl_1_4_0\n"));
    diagnostics.clear();
    EXPECT_FALSE(catalog.addPath(dir.path(), &diagnostics));
    ASSERT_EQ(diagnostics.size(), 2) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-LIB-002"));
    EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics[1].code, QStringLiteral("TOPO-CAT-001"));

    // The same name and version as a bundled archive: the bundled one stays.
    const QString copy = dir.filePath(QStringLiteral("copy/mesos.yml"));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("copy")));
    ASSERT_TRUE(writeFile(copy,
                          "tosca_definitions_version: alien_dsl_1_4_0\n"
                          "metadata:\n"
                          "  template_name: mesos-types\n"
                          "  template_version: 1.4.0-SNAPSHOT\n"));
    diagnostics.clear();
    EXPECT_FALSE(catalog.addPath(copy, &diagnostics));
    ASSERT_EQ(diagnostics.size(), 1) << describe(diagnostics);
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-CAT-004"));
    EXPECT_EQ(catalog.find(QStringLiteral("mesos-types:1.4.0-SNAPSHOT"))->origin,
              CatalogEntry::Origin::Bundled);

    // A broken archive: its diagnostics name its file and line.
    const QString broken = dir.filePath(QStringLiteral("broken/types.yml"));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("broken")));
    ASSERT_TRUE(writeFile(broken,
                          "tosca_definitions_version: alien_dsl_1_4_0\n"
                          "metadata: [oops\n"));
    diagnostics.clear();
    EXPECT_FALSE(catalog.addPath(broken, &diagnostics));
    ASSERT_FALSE(diagnostics.isEmpty());
    EXPECT_EQ(diagnostics[0].code, QStringLiteral("TOPO-YAML-001"));
    EXPECT_EQ(diagnostics[0].location.file, broken);
    EXPECT_GE(diagnostics[0].location.line, 2);
}
