// SPDX-License-Identifier: GPL-3.0-or-later
// Compare With (issue 16, item 3): the document against another version of it, the changes
// computed again after each edit, and the other version read from a file or git's HEAD.
#include "comparison.h"
#include "comparisonsource.h"
#include "diff/topologydiff.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "gitfolder.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

QByteArray marathonBytes()
{
    return readAll(bundledExample(QStringLiteral("marathon")));
}

/// "kind path" of each change.
QStringList described(const Changes &changes)
{
    QStringList lines;
    for (const Change &change : changes)
        lines << Change::kindName(change.kind) + QLatin1Char(' ') + change.pathText();
    return lines;
}

class ComparisonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = openExample(QStringLiteral("marathon"));
        ASSERT_NE(document, nullptr);
        other = document->archive();
        DocumentActions &actions = document->actions();
        ASSERT_TRUE(actions.setProperty(QStringLiteral("MesosMaster"),
                                        QStringLiteral("port"),
                                        Value::scalar(QStringLiteral("5051"))));
        added = actions.addNode(QStringLiteral("org.alien4cloud.nodes.DockerEngine"),
                                QPointF(0, 0),
                                QStringLiteral("MasterCompute"));
        ASSERT_FALSE(added.isEmpty());
        ASSERT_TRUE(actions.removeNodes({QStringLiteral("MarathonLB")}));
    }

    std::unique_ptr<TopologyDocument> document;
    ToscaArchive other;
    QString added;
};

} // namespace

TEST_F(ComparisonTest, listsTheDiffFromTheOtherVersionToTheDocument)
{
    Comparison comparison(document.get(), other, QStringLiteral("marathon.yml"));
    const Changes expected
        = TopologyDiff::withoutLayout(TopologyDiff::compare(other, document->archive()));
    EXPECT_EQ(described(comparison.changes()), described(expected));
    EXPECT_FALSE(comparison.changes().isEmpty());
    EXPECT_EQ(comparison.nodeChange(QStringLiteral("MesosMaster")), Change::Kind::Modified);
    EXPECT_EQ(comparison.nodeChange(added), Change::Kind::Added);
    EXPECT_EQ(comparison.nodeChange(QStringLiteral("Marathon")), std::nullopt);
    EXPECT_EQ(comparison.removedNodes(), QStringList{QStringLiteral("MarathonLB")});
}

TEST_F(ComparisonTest, followsEditsAndUndo)
{
    Comparison comparison(document.get(), other, QStringLiteral("marathon.yml"));
    QSignalSpy changed(&comparison, &Comparison::changed);
    ASSERT_TRUE(document->actions().renameNode(QStringLiteral("Marathon"), QStringLiteral("Mara")));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(comparison.nodeChange(QStringLiteral("Mara")), Change::Kind::Renamed);
    // Undone back to the other version: nothing differs.
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    EXPECT_TRUE(comparison.changes().isEmpty())
        << described(comparison.changes()).join(' ').toStdString();
    EXPECT_TRUE(comparison.removedNodes().isEmpty());
}

TEST(ComparisonSource, readsAFileAndSaysWhyItCannot)
{
    QTemporaryDir folder;
    const QString good = folder.filePath(QStringLiteral("good.yml"));
    ASSERT_TRUE(writeFile(good, marathonBytes()));
    QString error;
    const std::optional<ToscaArchive> archive
        = ComparisonSource::file(good, bundledCatalog(), &error);
    ASSERT_TRUE(archive) << error.toStdString();
    EXPECT_TRUE(archive->topology->contains(QStringLiteral("MarathonLB")));

    const QString bad = folder.filePath(QStringLiteral("bad.yml"));
    ASSERT_TRUE(writeFile(bad, "a: [unclosed\n"));
    EXPECT_FALSE(ComparisonSource::file(bad, bundledCatalog(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("bad.yml"))) << error.toStdString();
    EXPECT_FALSE(ComparisonSource::file(
        folder.filePath(QStringLiteral("none.yml")), bundledCatalog(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("none.yml"))) << error.toStdString();
}

TEST(ComparisonSource, readsTheVersionInHead)
{
    if (!GitFolder::gitInstalled())
        GTEST_SKIP() << "git is not installed";
    GitFolder repository;
    ASSERT_TRUE(repository.init());
    ASSERT_TRUE(repository.commit(QStringLiteral("topology.yml"), marathonBytes()));
    const QString path = repository.write(QStringLiteral("topology.yml"), "changed on disk\n");
    EXPECT_TRUE(ComparisonSource::canUseHead(path));
    QString error;
    const std::optional<ToscaArchive> head = ComparisonSource::head(path, bundledCatalog(), &error);
    ASSERT_TRUE(head) << error.toStdString();
    EXPECT_TRUE(head->topology->contains(QStringLiteral("MarathonLB")));

    // A file git does not have in HEAD: git's reason, naming it.
    const QString fresh = repository.write(QStringLiteral("fresh.yml"), marathonBytes());
    EXPECT_FALSE(ComparisonSource::head(fresh, bundledCatalog(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("fresh.yml"))) << error.toStdString();
}

TEST(ComparisonSource, aFileOutsideARepositoryHasNoHead)
{
    if (!GitFolder::gitInstalled())
        GTEST_SKIP() << "git is not installed";
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("topology.yml"));
    ASSERT_TRUE(writeFile(path, marathonBytes()));
    // The temporary folder may sit inside a repository on a developer's machine.
    if (ComparisonSource::canUseHead(path))
        GTEST_SKIP() << "the temporary folder is inside a git repository";
    QString error;
    EXPECT_FALSE(ComparisonSource::head(path, bundledCatalog(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(ComparisonSource::canUseHead(QString()));
}

TEST(ComparisonSource, withoutGitTheReasonSaysSo)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("topology.yml"));
    ASSERT_TRUE(writeFile(path, marathonBytes()));
    const QByteArray savedPath = qgetenv("PATH");
    qputenv("PATH", folder.path().toUtf8()); // a folder without git
    QString why;
    const bool usable = ComparisonSource::canUseHead(path, &why);
    QString error;
    const bool read = ComparisonSource::head(path, bundledCatalog(), &error).has_value();
    qputenv("PATH", savedPath);
    EXPECT_FALSE(usable);
    EXPECT_TRUE(why.contains(QLatin1String("is it installed"))) << why.toStdString();
    EXPECT_FALSE(read);
    EXPECT_TRUE(error.contains(QLatin1String("is it installed"))) << error.toStdString();
}
