// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveFinder: the archives of a type library folder, found at any depth the way
// Alien4Cloud's git import finds them, within bounds.
#include "testhelpers.h"

#include "catalog/archivefinder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QByteArray definitions(const QByteArray &name)
{
    return "tosca_definitions_version: alien_dsl_2_0_0\n"
           "metadata:\n  template_name: "
           + name + "\n  template_version: 1.0.0\n";
}

bool writeIn(const QTemporaryDir &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = dir.filePath(relative);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && writeFile(path, bytes);
}

QStringList relativePaths(const QTemporaryDir &dir, const QList<ArchiveFinder::Found> &found)
{
    QStringList paths;
    for (const ArchiveFinder::Found &archive : found)
        paths << QDir(dir.path()).relativeFilePath(archive.path);
    return paths;
}

} // namespace

TEST(ArchiveFinder, FindsArchivesAtAnyDepthInAStableOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir, QStringLiteral("org/b/types.yml"), definitions("b")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("org/a/deep/er/types.yaml"), definitions("a")));
    // An Ansible playbook is YAML but no TOSCA: its folder is part of the archive above it.
    ASSERT_TRUE(writeIn(dir, QStringLiteral("org/b/playbook/main.yml"), "- hosts: all\n"));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("README.yml"), "title: not tosca\n"));
    // An archive nested in another archive's folder is an archive of its own.
    ASSERT_TRUE(writeIn(dir, QStringLiteral("org/b/nested/topology.yml"), definitions("n")));

    Diagnostics problems;
    const QList<ArchiveFinder::Found> found = ArchiveFinder::find(dir.path(), &problems);
    EXPECT_TRUE(problems.isEmpty()) << describe(problems);
    EXPECT_EQ(relativePaths(dir, found),
              QStringList({QStringLiteral("org/a/deep/er"),
                           QStringLiteral("org/b"),
                           QStringLiteral("org/b/nested")}));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[1].kind, ArchiveFinder::Found::Kind::Folder);
    EXPECT_EQ(found[1].definitionsFile, dir.filePath(QStringLiteral("org/b/types.yml")));
}

TEST(ArchiveFinder, AFolderWithTwoDefinitionsFilesIsAWarningNotAnArchive)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir, QStringLiteral("two/one.yml"), definitions("one")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("two/other.yml"), definitions("other")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("good/types.yml"), definitions("good")));

    Diagnostics problems;
    const QList<ArchiveFinder::Found> found = ArchiveFinder::find(dir.path(), &problems);
    EXPECT_EQ(relativePaths(dir, found), QStringList({QStringLiteral("good")}));
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].severity, Severity::Warning);
    EXPECT_EQ(problems[0].code, QStringLiteral("TOPO-LIB-002"));
    EXPECT_EQ(problems[0].location.file, dir.filePath(QStringLiteral("two")));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("one.yml, other.yml")))
        << problems[0].message.toStdString();
}

TEST(ArchiveFinder, SkipsHiddenFoldersAndNeverFollowsFolderLinks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir, QStringLiteral(".git/objects/types.yml"), definitions("git")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("real/types.yml"), definitions("real")));
    QTemporaryDir outside;
    ASSERT_TRUE(writeIn(outside, QStringLiteral("types.yml"), definitions("outside")));
    // A link out of the library, and a link back to its own root (a loop).
    ASSERT_TRUE(QFile::link(outside.path(), dir.filePath(QStringLiteral("escape"))));
    ASSERT_TRUE(QFile::link(dir.path(), dir.filePath(QStringLiteral("real/loop"))));

    Diagnostics problems;
    const QList<ArchiveFinder::Found> found = ArchiveFinder::find(dir.path(), &problems);
    EXPECT_EQ(relativePaths(dir, found), QStringList({QStringLiteral("real")}));
    EXPECT_TRUE(problems.isEmpty()) << describe(problems);
}

TEST(ArchiveFinder, StopsAtTheDepthCapWithAWarning)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString deep;
    for (int i = 0; i < ArchiveFinder::maxDepth + 3; ++i)
        deep += QStringLiteral("d/");
    ASSERT_TRUE(writeIn(dir, deep + QStringLiteral("types.yml"), definitions("deep")));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("d/types.yml"), definitions("shallow")));

    Diagnostics problems;
    const QList<ArchiveFinder::Found> found = ArchiveFinder::find(dir.path(), &problems);
    EXPECT_EQ(relativePaths(dir, found), QStringList({QStringLiteral("d")}));
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].code, QStringLiteral("TOPO-LIB-002"));
}

TEST(ArchiveFinder, CsarFilesAreArchives)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeIn(dir, QStringLiteral("dist/types.csar"), "PK\x05\x06"));
    ASSERT_TRUE(writeIn(dir, QStringLiteral("dist/artifact.zip"), "PK\x05\x06"));
    Diagnostics problems;
    const QList<ArchiveFinder::Found> found = ArchiveFinder::find(dir.path(), &problems);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].kind, ArchiveFinder::Found::Kind::Csar);
    EXPECT_EQ(found[0].path, dir.filePath(QStringLiteral("dist/types.csar")));
}

TEST(ArchiveFinder, RecognisesDefinitionsFilesByTheirTopLevelKey)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto check = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir.filePath(QLatin1String(name));
        EXPECT_TRUE(writeFile(path, bytes));
        return ArchiveFinder::isDefinitionsFile(path);
    };
    EXPECT_TRUE(check("plain.yml", "tosca_definitions_version: tosca_simple_yaml_1_0\n"));
    EXPECT_TRUE(check("comments.yml", "# Licensed under ...\n\ntosca_definitions_version: x\n"));
    EXPECT_TRUE(check("bom.yml", "\xEF\xBB\xBFtosca_definitions_version: x\n"));
    EXPECT_FALSE(check("nested.yml", "data:\n  tosca_definitions_version: x\n"));
    EXPECT_FALSE(check("longer.yml", "tosca_definitions_version_2: x\n"));
    EXPECT_FALSE(check("ansible.yml", "- hosts: all\n  tasks: []\n"));
    EXPECT_FALSE(ArchiveFinder::isDefinitionsFile(dir.filePath(QStringLiteral("missing.yml"))));

    // A FIFO named like YAML must neither be read nor block the search.
    const QString fifo = dir.filePath(QStringLiteral("pipe.yml"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_FALSE(ArchiveFinder::isDefinitionsFile(fifo));
}
