// SPDX-License-Identifier: GPL-3.0-or-later
// TypeCatalog's libraries: repositories of archives where one bad archive never blocks the
// others, several versions coexist, and types are seen through the imports of a topology.
#include "testhelpers.h"

#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QByteArray archive(const QByteArray &name,
                   const QByteArray &version,
                   const QByteArray &body = QByteArray(),
                   const QByteArray &imports = QByteArray())
{
    return "tosca_definitions_version: alien_dsl_2_0_0\n"
           "metadata:\n  template_name: "
           + name + "\n  template_version: " + version + "\n"
           + (imports.isEmpty() ? QByteArray() : "imports:\n" + imports) + body;
}

QByteArray nodeType(const QByteArray &type, const QByteArray &propertyName)
{
    return "node_types:\n  " + type + ":\n    properties:\n      " + propertyName
           + ":\n        type: string\n"
             "        required: false\n";
}

bool writeIn(const QTemporaryDir &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = dir.filePath(relative);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && writeFile(path, bytes);
}

QByteArray topologyImporting(const QByteArray &imports, const QByteArray &nodes = QByteArray())
{
    return "tosca_definitions_version: alien_dsl_2_0_0\n"
           "metadata:\n  template_name: topo\n  template_version: 1.0.0\n"
           "imports:\n"
           + imports + "topology_template:\n  node_templates:\n"
           + (nodes.isEmpty() ? QByteArray("    nothing:\n      type: t.Free\n") : nodes);
}

const Diagnostic *withCode(const Diagnostics &diagnostics, const char *code)
{
    return findDiagnostic(diagnostics, QLatin1String(code));
}

} // namespace

TEST(TypeLibrary, OneBadArchiveIsAWarningAndNeverBlocksTheOthers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir, QStringLiteral("good/types.yml"), archive("good", "1.0.0")));
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("syntax/types.yml"),
                        "tosca_definitions_version: alien_dsl_2_0_0\nmetadata: [oops\n"));
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("anonymous/types.yml"),
                        "tosca_definitions_version: alien_dsl_2_0_0\n"));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("zcopy/types.yml"), archive("good", "1.0.0")));

    TypeCatalog catalog;
    Diagnostics diagnostics;
    EXPECT_TRUE(catalog.addLibrary(dir.path(), &diagnostics)) << describe(diagnostics);
    EXPECT_FALSE(hasErrors(diagnostics)) << describe(diagnostics);
    ASSERT_NE(catalog.find(QStringLiteral("good:1.0.0")), nullptr);
    EXPECT_EQ(catalog.find(QStringLiteral("good:1.0.0"))->definitionsPath,
              dir.filePath(QStringLiteral("good/types.yml")));

    const TypeLibrary *library = catalog.library(dir.path());
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(library->archiveIds, QStringList({QStringLiteral("good:1.0.0")}));
    ASSERT_EQ(library->problems.size(), 3) << describe(library->problems);
    QStringList where;
    for (const Diagnostic &problem : library->problems) {
        EXPECT_EQ(problem.severity, Severity::Warning);
        where << QDir(dir.path()).relativeFilePath(problem.location.file) + QLatin1Char(' ')
                     + problem.code;
    }
    where.sort();
    EXPECT_EQ(where,
              QStringList({QStringLiteral("anonymous/types.yml TOPO-LIB-001"),
                           QStringLiteral("syntax/types.yml TOPO-LIB-001"),
                           QStringLiteral("zcopy/types.yml TOPO-LIB-003")}));
    // The duplicate names where the kept copy lives.
    const Diagnostic *duplicate = withCode(library->problems, "TOPO-LIB-003");
    ASSERT_NE(duplicate, nullptr);
    EXPECT_TRUE(duplicate->message.contains(dir.filePath(QStringLiteral("good/types.yml"))))
        << duplicate->message.toStdString();
}

TEST(TypeLibrary, AFolderThatIsNoLibraryIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TypeCatalog catalog;
    Diagnostics diagnostics;
    EXPECT_FALSE(catalog.addLibrary(dir.filePath(QStringLiteral("absent")), &diagnostics));
    ASSERT_NE(withCode(diagnostics, "TOPO-CAT-005"), nullptr) << describe(diagnostics);

    diagnostics.clear();
    EXPECT_FALSE(catalog.addLibrary(dir.path(), &diagnostics));
    ASSERT_NE(withCode(diagnostics, "TOPO-CAT-001"), nullptr) << describe(diagnostics);
}

TEST(TypeLibrary, EveryVersionOfAnArchiveIsAvailableAndEachImportGetsItsOwn)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("2.2.0/base/types.yml"),
                        archive("base", "2.2.0", nodeType("t.Free", "old_property"))));
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("3.0.0/base/types.yml"),
                        archive("base", "3.0.0", nodeType("t.Free", "new_property"))));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("old.yml"), topologyImporting("  - base:2.2.0\n")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("new.yml"), topologyImporting("  - base:3.0.0\n")));

    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addLibrary(dir.path(), &diagnostics)) << describe(diagnostics);
    EXPECT_EQ(catalog.versionsOf(QStringLiteral("base")).size(), 2);

    const TopologyLoader loader(catalog);
    const LoadedTopology older = loader.loadFile(dir.filePath(QStringLiteral("old.yml")));
    const LoadedTopology newer = loader.loadFile(dir.filePath(QStringLiteral("new.yml")));
    ASSERT_FALSE(hasErrors(older.diagnostics)) << describe(older.diagnostics);
    ASSERT_FALSE(hasErrors(newer.diagnostics)) << describe(newer.diagnostics);
    const TypeDefinition *oldType = older.types->resolved(TypeKind::Node, QStringLiteral("t.Free"));
    const TypeDefinition *newType = newer.types->resolved(TypeKind::Node, QStringLiteral("t.Free"));
    ASSERT_NE(oldType, nullptr);
    ASSERT_NE(newType, nullptr);
    EXPECT_NE(findDefinition(oldType->properties, QStringLiteral("old_property")), nullptr);
    EXPECT_NE(findDefinition(newType->properties, QStringLiteral("new_property")), nullptr);
    EXPECT_EQ(findDefinition(newType->properties, QStringLiteral("old_property")), nullptr);
}

TEST(TypeLibrary, TypesAreSeenThroughImportsSoOnlyImportingBothClashes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(
        dir, QStringLiteral("one/types.yml"), archive("one", "1.0.0", nodeType("t.Free", "a"))));
    ASSERT_TRUE(writeIn(
        dir, QStringLiteral("two/types.yml"), archive("two", "1.0.0", nodeType("t.Free", "b"))));
    QTemporaryDir topologies;
    ASSERT_TRUE(
        writeIn(topologies, QStringLiteral("one.yml"), topologyImporting("  - one:1.0.0\n")));
    ASSERT_TRUE(writeIn(topologies,
                        QStringLiteral("both.yml"),
                        topologyImporting("  - one:1.0.0\n  - two:1.0.0\n")));

    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addLibrary(dir.path(), &diagnostics)) << describe(diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics);

    const TopologyLoader loader(catalog);
    const LoadedTopology one = loader.loadFile(topologies.filePath(QStringLiteral("one.yml")));
    EXPECT_TRUE(one.diagnostics.isEmpty()) << describe(one.diagnostics);
    const LoadedTopology both = loader.loadFile(topologies.filePath(QStringLiteral("both.yml")));
    const Diagnostic *clash = withCode(both.diagnostics, "TOPO-TYPE-003");
    ASSERT_NE(clash, nullptr) << describe(both.diagnostics);
    // Reported where the user can act: the import of the second archive.
    EXPECT_EQ(clash->location.file, topologies.filePath(QStringLiteral("both.yml")));
    EXPECT_EQ(clash->location.line, 7);
    EXPECT_TRUE(clash->message.contains(QStringLiteral("t.Free"))) << clash->message.toStdString();
}

TEST(TypeLibrary, ATopologyFailsOnlyOnTheBrokenArchivesItImports)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(
        dir, QStringLiteral("fine/types.yml"), archive("fine", "1.0.0", nodeType("t.Free", "a"))));
    // Read with an error (an unknown import), but it has a name, so a topology can import it.
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("broken/types.yml"),
                        archive("broken", "1.0.0", "node_types: [not, a, map]\n")));
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("needy/types.yml"),
                        archive("needy", "1.0.0", QByteArray(), "  - nowhere:9.9\n  - also:1\n")));
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("also/types.yml"),
                        archive("also", "1", QByteArray(), "  - nowhere:9.9\n")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("t/clean.yml"), topologyImporting("  - fine:1.0.0\n")));
    ASSERT_TRUE(writeIn(
        dir, QStringLiteral("t/bad.yml"), topologyImporting("  - fine:1.0.0\n  - broken:1.0.0\n")));
    ASSERT_TRUE(writeIn(dir,
                        QStringLiteral("t/needs.yml"),
                        topologyImporting("  - fine:1.0.0\n  - needy:1.0.0\n")));

    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addLibrary(dir.path(), &diagnostics)) << describe(diagnostics);
    EXPECT_NE(withCode(catalog.library(dir.path())->problems, "TOPO-LIB-004"), nullptr);

    const TopologyLoader loader(catalog);
    const LoadedTopology clean = loader.loadFile(dir.filePath(QStringLiteral("t/clean.yml")));
    EXPECT_FALSE(hasErrors(clean.diagnostics)) << describe(clean.diagnostics);

    const LoadedTopology bad = loader.loadFile(dir.filePath(QStringLiteral("t/bad.yml")));
    const Diagnostic *broken = withCode(bad.diagnostics, "TOPO-IMP-004");
    ASSERT_NE(broken, nullptr) << describe(bad.diagnostics);
    EXPECT_EQ(broken->location.file, dir.filePath(QStringLiteral("t/bad.yml")));
    EXPECT_EQ(broken->location.line, 7); // the line of "- broken:1.0.0"
    EXPECT_TRUE(broken->message.contains(dir.filePath(QStringLiteral("broken/types.yml"))))
        << broken->message.toStdString();

    const LoadedTopology needs = loader.loadFile(dir.filePath(QStringLiteral("t/needs.yml")));
    const Diagnostic *missing = withCode(needs.diagnostics, "TOPO-IMP-003");
    ASSERT_NE(missing, nullptr) << describe(needs.diagnostics);
    EXPECT_EQ(missing->location.line, 7);
    EXPECT_TRUE(missing->message.contains(QStringLiteral("nowhere:9.9")));
    // Two archives below the one import need it: it is said once.
    EXPECT_EQ(
        std::count_if(needs.diagnostics.cbegin(),
                      needs.diagnostics.cend(),
                      [](const Diagnostic &d) { return d.code == QLatin1String("TOPO-IMP-003"); }),
        1)
        << describe(needs.diagnostics);
}

TEST(TypeLibrary, RefreshFollowsTheFolderAndKeepsEarlierEntriesValid)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir, QStringLiteral("a/types.yml"), archive("a", "1.0.0")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("b/types.yml"), archive("b", "1.0.0")));
    TypeCatalog catalog;
    Diagnostics diagnostics;
    ASSERT_TRUE(catalog.addLibrary(dir.path(), &diagnostics));
    const CatalogEntry *earlier = catalog.find(QStringLiteral("a:1.0.0"));
    ASSERT_NE(earlier, nullptr);

    ASSERT_TRUE(QDir(dir.filePath(QStringLiteral("a"))).removeRecursively());
    ASSERT_TRUE(writeIn(dir, QStringLiteral("c/types.yml"), archive("c", "2.0.0")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("b/types.yml"), archive("b", "1.0.0", "x: 1\n")));
    EXPECT_TRUE(catalog.refreshLibrary(dir.path(), &diagnostics));

    EXPECT_EQ(catalog.find(QStringLiteral("a:1.0.0")), nullptr);
    EXPECT_NE(catalog.find(QStringLiteral("c:2.0.0")), nullptr);
    EXPECT_EQ(catalog.library(dir.path())->archiveIds,
              QStringList({QStringLiteral("b:1.0.0"), QStringLiteral("c:2.0.0")}));
    // A document that resolved `a` before the refresh still reads it.
    EXPECT_EQ(earlier->id(), QStringLiteral("a:1.0.0"));

    catalog.removeLibrary(dir.path());
    EXPECT_TRUE(catalog.libraries().isEmpty());
    EXPECT_EQ(catalog.find(QStringLiteral("b:1.0.0")), nullptr);
}

TEST(TypeLibrary, ALibraryArchiveDoesNotReplaceABundledOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(
        writeIn(dir, QStringLiteral("copy/mesos.yml"), archive("mesos-types", "1.4.0-SNAPSHOT")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("own/types.yml"), archive("own", "1.0.0")));
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics diagnostics;
    EXPECT_TRUE(catalog.addLibrary(dir.path(), &diagnostics));
    EXPECT_EQ(catalog.find(QStringLiteral("mesos-types:1.4.0-SNAPSHOT"))->origin,
              CatalogEntry::Origin::Bundled);
    EXPECT_NE(withCode(catalog.library(dir.path())->problems, "TOPO-LIB-003"), nullptr);
}
