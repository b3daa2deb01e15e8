// SPDX-License-Identifier: GPL-3.0-or-later
// File > Compare With and merge conflicts in the designer (issue 16, item 3), as users meet
// them in the window: the Changes dock lists what the diff finds, stepping through it selects
// and centres the nodes, the cards are marked and unmarked; a merged file opens with its
// conflicts, each settled by Take Ours / Take Theirs as one undo step.
#include "apptheme.h"
#include "canvas/canvasstyle.h"
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "compare/changespanel.h"
#include "compare/comparecontroller.h"
#include "compare/conflictspanel.h"
#include "comparison.h"
#include "comparisonsource.h"
#include "conflictactions.h"
#include "conflictedexample.h"
#include "diff/mergeconflictrecord.h"
#include "diff/topologydiff.h"
#include "documentactions.h"
#include "gitfolder.h"
#include "selectionmodel.h"
#include "shownwindowtest.h"
#include "statuscolors.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "waitforopen.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

using Mark = NodeItem::ChangeMark;

QByteArray marathonBytes()
{
    return readAll(bundledExample(QStringLiteral("marathon")));
}

/// How many pixels of `item`'s card, painted alone (without what it hosts), are `colour`
/// (give or take antialiasing).
int pixelsOf(NodeItem *item, const QColor &colour)
{
    const QRectF area = item->boundingRect();
    QImage image(area.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-area.topLeft());
    QStyleOptionGraphicsItem option;
    item->paint(&painter, &option, nullptr);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green())
                    + qAbs(c.blue() - colour.blue())
                < 24)
                ++count;
        }
    }
    return count;
}

class CompareTest : public ShownWindowTest
{
protected:
    CompareController *controller() const { return window->compareController(); }
    ChangesPanel *changes() const { return controller()->panel(); }
    ConflictsPanel *conflicts() const { return window->conflictsPanel(); }
    TopologyDocument *document() const { return window->document(); }
    TopologyScene *scene() const { return window->canvas()->scene(); }
    QDockWidget *dockNamed(const char *name) const
    {
        return window->findChild<QDockWidget *>(QLatin1String(name));
    }
    Mark markOf(const char *node) const
    {
        scene()->flush();
        NodeItem *item = scene()->nodeItem(QString::fromLatin1(node));
        EXPECT_NE(item, nullptr) << node;
        return item ? item->changeMark() : Mark::None;
    }
    QStringList rows() const
    {
        QStringList texts;
        for (int i = 0; i < changes()->changeCount(); ++i)
            texts << changes()->changeText(i);
        return texts;
    }
    QString port() const
    {
        return document()
            ->topology()
            .node(QStringLiteral("MesosMaster"))
            ->property(QStringLiteral("port"))
            .text();
    }

    /// The marathon template edited three ways, compared with its file: MesosMaster's port
    /// changed, a Docker engine added, MarathonLB removed.
    void compareEditedMarathon()
    {
        openExample(QStringLiteral("marathon"));
        DocumentActions &actions = document()->actions();
        ASSERT_TRUE(actions.setProperty(QStringLiteral("MesosMaster"),
                                        QStringLiteral("port"),
                                        Value::scalar(QStringLiteral("5051"))));
        added = actions.addNode(QStringLiteral("org.alien4cloud.nodes.DockerEngine"),
                                QPointF(0, 0),
                                QStringLiteral("MasterCompute"));
        ASSERT_FALSE(added.isEmpty());
        ASSERT_TRUE(actions.removeNodes({QStringLiteral("MarathonLB")}));
        scene()->flush();
        other = folder.filePath(QStringLiteral("marathon.yml"));
        ASSERT_TRUE(writeFile(other, marathonBytes()));
        ASSERT_TRUE(controller()->compareWithFile(other));
        scene()->flush();
    }

    /// A file with the four conflicts of conflictedMarathon(), opened.
    void openConflicted()
    {
        merged = folder.filePath(QStringLiteral("merged.yml"));
        ASSERT_TRUE(writeFile(merged, conflictedMarathon()));
        ASSERT_TRUE(openAndWait(*window, merged));
        scene()->flush();
    }

    int rowOf(const QString &text) const
    {
        for (int i = 0; i < conflicts()->conflictCount(); ++i) {
            if (conflicts()->conflictText(i).startsWith(text))
                return i;
        }
        return -1;
    }

    void clickPanelButton(const char *name)
    {
        auto *button = conflicts()->findChild<QPushButton *>(QLatin1String(name));
        ASSERT_NE(button, nullptr) << name;
        ASSERT_TRUE(button->isEnabled()) << name;
        button->click();
        scene()->flush();
    }

    QTemporaryDir folder;
    QString other;
    QString added;
    QString merged;
};

} // namespace

TEST_F(CompareTest, fileCompareWithOffersAFileAndTheVersionInHead)
{
    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuCompareWith"));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menuTexts(menu),
              (QStringList{QStringLiteral("Another File…"),
                           QStringLiteral("Version in HEAD"),
                           QStringLiteral("End Comparison")}));
    emit menu->aboutToShow();
    // A new topology has no file, so no HEAD to compare with, and the entry says so; nothing
    // to end either.
    QAction *head = window->action(QStringLiteral("actionCompareWithHead"));
    EXPECT_FALSE(head->isEnabled());
    EXPECT_EQ(head->text().remove(QLatin1Char('&')),
              QStringLiteral("Version in HEAD (the topology has no file yet)"));
    EXPECT_FALSE(window->action(QStringLiteral("actionEndComparison"))->isEnabled());
    EXPECT_TRUE(window->action(QStringLiteral("actionCompareWithFile"))->isEnabled());
    EXPECT_FALSE(dockNamed("changesDock")->isVisible());
}

TEST_F(CompareTest, theChangesListedAreTheDiffsAndTheCardsAreMarked)
{
    compareEditedMarathon();
    ASSERT_NE(controller()->comparison(), nullptr);
    EXPECT_TRUE(dockNamed("changesDock")->isVisible());
    QString error;
    const std::optional<ToscaArchive> file
        = ComparisonSource::file(other, bundledCatalog(), &error);
    ASSERT_TRUE(file) << error.toStdString();
    const Changes diff
        = TopologyDiff::withoutLayout(TopologyDiff::compare(*file, document()->archive()));
    EXPECT_EQ(changes()->changeCount(), diff.size());
    const QStringList listed = rows();
    EXPECT_TRUE(listed.contains(QStringLiteral("MesosMaster: properties/port changed")))
        << listed.join('\n').toStdString();
    EXPECT_TRUE(listed.contains(added + QStringLiteral(": node added (DockerEngine)")))
        << listed.join('\n').toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("MarathonLB: node removed (MarathonLB)")))
        << listed.join('\n').toStdString();

    EXPECT_EQ(markOf("MesosMaster"), Mark::Changed);
    EXPECT_EQ(markOf(added.toLatin1().constData()), Mark::Added);
    EXPECT_EQ(markOf("MasterCompute"), Mark::None);
    EXPECT_EQ(markOf("Marathon"), Mark::None);
    // The marks are drawn: a ring in the canvas' colours around the marked cards only.
    EXPECT_GT(pixelsOf(scene()->nodeItem(QStringLiteral("MesosMaster")), CanvasStyle::changed()),
              100);
    EXPECT_GT(pixelsOf(scene()->nodeItem(added), CanvasStyle::added()), 100);
    EXPECT_EQ(pixelsOf(scene()->nodeItem(QStringLiteral("Marathon")), CanvasStyle::changed()), 0);
}

TEST_F(CompareTest, steppingThroughSelectsAndCentresEachNode)
{
    compareEditedMarathon();
    QGraphicsView *view = window->canvas()->view();
    const Changes &list = controller()->comparison()->changes();
    ASSERT_EQ(changes()->currentChange(), 0);
    int stepped = 0;
    for (int row = 0; row < changes()->changeCount(); ++row) {
        if (row > 0)
            changes()->nextChange();
        ASSERT_EQ(changes()->currentChange(), row);
        const QString node = list[row].node;
        if (node.isEmpty() || !document()->topology().contains(node))
            continue;
        ++stepped;
        EXPECT_EQ(window->selection()->selectedNodes(), QStringList{node});
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        EXPECT_TRUE(visible.intersects(scene()->nodeItem(node)->sceneBoundingRect()))
            << node.toStdString();
    }
    EXPECT_GE(stepped, 2);
    // The port's values side by side.
    for (int row = changes()->changeCount() - 1; row >= 0; --row) {
        changes()->previousChange();
        if (changes()
                ->changeText(changes()->currentChange())
                .startsWith(QLatin1String("MesosMaster")))
            break;
    }
    EXPECT_EQ(changes()->changeText(changes()->currentChange()),
              QStringLiteral("MesosMaster: properties/port changed"));
    EXPECT_EQ(changes()->beforeText(), QStringLiteral("5050"));
    EXPECT_EQ(changes()->afterText(), QStringLiteral("5051"));
}

TEST_F(CompareTest, anEditWhileComparingUpdatesTheListAndTheMarks)
{
    compareEditedMarathon();
    const int count = changes()->changeCount();
    // Undo the removal of MarathonLB, then the new node: they leave the list and the canvas.
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    scene()->flush();
    EXPECT_EQ(changes()->changeCount(), count - 2) << rows().join('\n').toStdString();
    EXPECT_EQ(markOf("MesosMaster"), Mark::Changed);
    document()->undoStack()->undo();
    EXPECT_EQ(changes()->changeCount(), 0);
    EXPECT_EQ(markOf("MesosMaster"), Mark::None);
    document()->undoStack()->redo();
    EXPECT_EQ(markOf("MesosMaster"), Mark::Changed);
    EXPECT_EQ(rows(), QStringList{QStringLiteral("MesosMaster: properties/port changed")});
}

TEST_F(CompareTest, escapeEndsTheComparisonAndClearsTheMarks)
{
    compareEditedMarathon();
    QTreeWidget *list = changes()->findChild<QTreeWidget *>(QStringLiteral("changeList"));
    ASSERT_NE(list, nullptr);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Escape);
    EXPECT_EQ(controller()->comparison(), nullptr);
    EXPECT_FALSE(dockNamed("changesDock")->isVisible());
    EXPECT_EQ(markOf("MesosMaster"), Mark::None);
    EXPECT_EQ(markOf(added.toLatin1().constData()), Mark::None);
    EXPECT_EQ(pixelsOf(scene()->nodeItem(QStringLiteral("MesosMaster")), CanvasStyle::changed()),
              0);
    EXPECT_FALSE(window->action(QStringLiteral("actionEndComparison"))->isEnabled());
    // The document is as it was: ending a comparison changes nothing.
    EXPECT_EQ(port(), QStringLiteral("5051"));
}

TEST_F(CompareTest, theCloseButtonAndOpeningAnotherTopologyEndItToo)
{
    compareEditedMarathon();
    auto *close = changes()->findChild<QAbstractButton *>(QStringLiteral("endComparison"));
    ASSERT_NE(close, nullptr);
    close->click();
    EXPECT_EQ(controller()->comparison(), nullptr);
    ASSERT_TRUE(controller()->compareWithFile(other));
    document()->undoStack()->setClean(); // no question about unsaved changes
    ASSERT_TRUE(window->newDocument());
    EXPECT_EQ(controller()->comparison(), nullptr);
    EXPECT_FALSE(dockNamed("changesDock")->isVisible());
}

TEST_F(CompareTest, aFileOutsideARepositoryIsOfferedNoHeadAndTheEntrySaysWhy)
{
    const QString path = folder.filePath(QStringLiteral("topology.yml"));
    ASSERT_TRUE(writeFile(path, marathonBytes()));
    ASSERT_TRUE(openAndWait(*window, path));
    QString why;
    // The temporary folder may sit inside a repository on a developer's machine.
    if (ComparisonSource::canUseHead(path, &why))
        GTEST_SKIP() << "the temporary folder is inside a git repository";
    emit window->findChild<QMenu *>(QStringLiteral("menuCompareWith"))->aboutToShow();
    QAction *head = window->action(QStringLiteral("actionCompareWithHead"));
    EXPECT_FALSE(head->isEnabled());
    EXPECT_TRUE(head->text().endsWith(QStringLiteral("(%1)").arg(why)))
        << head->text().toStdString();
    EXPECT_TRUE(why == QLatin1String("not in a git repository")
                || why.contains(QLatin1String("git")))
        << why.toStdString();
}

TEST_F(CompareTest, anUnreadableFileIsRefusedWithAMessageNamingIt)
{
    openExample(QStringLiteral("marathon"));
    const QString bad = folder.filePath(QStringLiteral("bad.yml"));
    ASSERT_TRUE(writeFile(bad, "a: [unclosed\n"));
    EXPECT_FALSE(controller()->compareWithFile(bad));
    ASSERT_NE(controller()->errorBox(), nullptr);
    EXPECT_TRUE(controller()->errorBox()->text().contains(QLatin1String("bad.yml")))
        << controller()->errorBox()->text().toStdString();
    EXPECT_EQ(controller()->comparison(), nullptr);
    EXPECT_FALSE(dockNamed("changesDock")->isVisible());
    controller()->errorBox()->close();
}

TEST_F(CompareTest, comparesWithTheVersionInHead)
{
    if (!GitFolder::gitInstalled())
        GTEST_SKIP() << "git is not installed";
    GitFolder repository;
    ASSERT_TRUE(repository.init());
    ASSERT_TRUE(repository.commit(QStringLiteral("topology.yml"), marathonBytes()));
    ASSERT_TRUE(openAndWait(*window, repository.filePath(QStringLiteral("topology.yml"))));
    auto *menu = window->findChild<QMenu *>(QStringLiteral("menuCompareWith"));
    emit menu->aboutToShow();
    QAction *head = window->action(QStringLiteral("actionCompareWithHead"));
    ASSERT_TRUE(head->isEnabled());
    ASSERT_TRUE(document()->actions().setProperty(QStringLiteral("MesosMaster"),
                                                  QStringLiteral("port"),
                                                  Value::scalar(QStringLiteral("5051"))));
    head->trigger();
    ASSERT_NE(controller()->comparison(), nullptr);
    EXPECT_EQ(rows(), QStringList{QStringLiteral("MesosMaster: properties/port changed")});
    EXPECT_TRUE(changes()
                    ->findChild<QLabel *>(QStringLiteral("changesTitle"))
                    ->text()
                    .contains(QLatin1String("HEAD")));
    EXPECT_EQ(markOf("MesosMaster"), Mark::Changed);

    // A file git has not committed: git's reason, with the file's name.
    const QString fresh = repository.write(QStringLiteral("fresh.yml"), marathonBytes());
    document()->undoStack()->setClean(); // no question about unsaved changes
    ASSERT_TRUE(openAndWait(*window, fresh));
    EXPECT_FALSE(controller()->compareWithHead());
    ASSERT_NE(controller()->errorBox(), nullptr);
    EXPECT_TRUE(controller()->errorBox()->text().contains(QLatin1String("fresh.yml")))
        << controller()->errorBox()->text().toStdString();
    controller()->errorBox()->close();
}

TEST_F(CompareTest, aMergedFileOpensWithItsConflictsInFront)
{
    openConflicted();
    EXPECT_TRUE(dockNamed("conflictsDock")->isVisible());
    ASSERT_EQ(conflicts()->conflictCount(), 4);
    QStringList texts;
    for (int i = 0; i < 4; ++i)
        texts << conflicts()->conflictText(i);
    texts.sort();
    EXPECT_EQ(
        texts,
        (QStringList{QStringLiteral("Balancer: renamed Balancer here, LoadBalancer in theirs"),
                     QStringLiteral("MesosDNS: deleted here, edited in theirs"),
                     QStringLiteral("MesosMaster: properties/port changed differently on "
                                    "both sides"),
                     QStringLiteral("metadata/template_version: changed differently on "
                                    "both sides")}));
}

TEST_F(CompareTest, takingASideIsOneUndoStepThatUndoBringsBack)
{
    openConflicted();
    const int row = rowOf(QStringLiteral("MesosMaster"));
    ASSERT_GE(row, 0);
    conflicts()->setCurrentConflict(row);
    EXPECT_EQ(window->selection()->selectedNodes(), QStringList{QStringLiteral("MesosMaster")});
    EXPECT_EQ(conflicts()->baseText(), QStringLiteral("5050"));
    EXPECT_EQ(conflicts()->valueText(MergeSide::Ours), QStringLiteral("5051"));
    EXPECT_EQ(conflicts()->valueText(MergeSide::Theirs), QStringLiteral("5052"));

    clickPanelButton("takeTheirs");
    EXPECT_EQ(port(), QStringLiteral("5052"));
    EXPECT_EQ(conflicts()->conflictCount(), 3);
    EXPECT_EQ(rowOf(QStringLiteral("MesosMaster")), -1);
    EXPECT_EQ(MergeConflictRecord::read(document()->archive()).size(), 3);
    EXPECT_TRUE(document()->isModified());

    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(port(), QStringLiteral("5051"));
    EXPECT_EQ(conflicts()->conflictCount(), 4);
    EXPECT_FALSE(document()->isModified());
    window->action(QStringLiteral("actionRedo"))->trigger();
    EXPECT_EQ(port(), QStringLiteral("5052"));
    EXPECT_EQ(conflicts()->conflictCount(), 3);

    conflicts()->setCurrentConflict(rowOf(QStringLiteral("metadata")));
    clickPanelButton("takeOurs");
    EXPECT_EQ(document()->archive().version, QStringLiteral("2.0.0"));
    EXPECT_EQ(conflicts()->conflictCount(), 2);
}

TEST_F(CompareTest, theLastChoiceLeavesAFileThatSavesAsPlainTosca)
{
    openConflicted();
    conflicts()->setCurrentConflict(0);
    while (conflicts()->conflictCount() > 0)
        clickPanelButton("takeTheirs");
    EXPECT_TRUE(conflicts()
                    ->findChild<QLabel *>(QStringLiteral("conflictsTitle"))
                    ->text()
                    .startsWith(QLatin1String("No merge conflicts")));
    EXPECT_FALSE(conflicts()->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->isEnabled());
    // Theirs of each, on the canvas: MesosDNS back, MarathonLB called LoadBalancer.
    EXPECT_NE(scene()->nodeItem(QStringLiteral("MesosDNS")), nullptr);
    EXPECT_NE(scene()->nodeItem(QStringLiteral("LoadBalancer")), nullptr);
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("Balancer")), nullptr);
    ASSERT_TRUE(window->save());
    const QByteArray saved = readAll(merged);
    EXPECT_FALSE(saved.contains(MergeConflictRecord::metadataKey().toUtf8()));
    EXPECT_TRUE(saved.contains("LoadBalancer"));

    while (document()->undoStack()->canUndo())
        document()->undoStack()->undo();
    scene()->flush();
    EXPECT_EQ(conflicts()->conflictCount(), 4);
    EXPECT_NE(scene()->nodeItem(QStringLiteral("Balancer")), nullptr);
    EXPECT_EQ(scene()->nodeItem(QStringLiteral("MesosDNS")), nullptr);
    EXPECT_EQ(document()->serialize(), conflictedMarathon());
}

TEST_F(CompareTest, theRowsTakeTheColoursOfANewTheme)
{
    compareEditedMarathon();
    QTreeWidget *list = changes()->findChild<QTreeWidget *>(QStringLiteral("changeList"));
    ASSERT_NE(list, nullptr);
    const QPalette original = QApplication::palette();
    const QColor light = StatusColors::changed();
    EXPECT_EQ(list->topLevelItem(0)->foreground(1).color(), light);
    QApplication::setPalette(AppTheme::darkPalette());
    QCoreApplication::processEvents();
    const QColor dark = StatusColors::changed();
    EXPECT_NE(dark, light);
    EXPECT_EQ(list->topLevelItem(0)->foreground(1).color(), dark);
    QApplication::setPalette(original);
}
