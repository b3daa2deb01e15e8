// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user meets first: an empty canvas that says what to do, redo on Ctrl+Y as well,
// toolbars named for what they hold.
#include "canvas/canvasview.h"
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "catalog/typecatalog.h"
#include "dialogs/manualdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "documentactions.h"
#include "mainwindow/mainwindow.h"
#include "selectionmodel.h"
#include "shownwindowtest.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegion>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace Topologist;
using Topologist::Test::changeableBundledCatalog;

namespace {

class FirstStepsTest : public Topologist::Test::ShownWindowTest
{
protected:
    CanvasView *view() const { return static_cast<CanvasView *>(window->canvas()->view()); }

    /// Dark pixels in the middle of the canvas as the window shows it (text, not the light
    /// grid of dots), outside of the cards.
    int darkPixelsInTheMiddle() const
    {
        for (int i = 0; i < 3; ++i)
            QTest::qWait(20);
        QWidget *viewport = view()->viewport();
        const QImage window_ = window->screen()->grabWindow(window->winId()).toImage();
        const QPoint origin = viewport->mapTo(window.get(), QPoint(0, 0));
        const QRect middle(origin.x() + viewport->width() / 5,
                           origin.y() + viewport->height() / 2 - 60,
                           viewport->width() * 3 / 5,
                           120);
        QRegion cards;
        for (const NodeItem *item : window->canvas()->scene()->nodeItems()) {
            cards += view()
                         ->mapFromScene(item->sceneBoundingRect())
                         .boundingRect()
                         .adjusted(-4, -4, 4, 4)
                         .translated(origin);
        }
        int dark = 0;
        for (int y = middle.top(); y <= middle.bottom(); ++y) {
            for (int x = middle.left(); x <= middle.right(); ++x) {
                if (!cards.contains(QPoint(x, y)))
                    dark += qGray(window_.pixel(x, y)) < 128 ? 1 : 0;
            }
        }
        return dark;
    }
};

} // namespace

TEST_F(FirstStepsTest, anEmptyCanvasSaysWhatToDoUntilItHasANode)
{
    ASSERT_NE(window->document(), nullptr);
    ASSERT_EQ(window->document()->topology().nodeCount(), 0);
    EXPECT_TRUE(view()->showsEmptyHint());
    EXPECT_GT(darkPixelsInTheMiddle(), 200);

    // Only the card is drawn then: the hint goes, all of it.
    const QString added = window->document()->actions().addNode(
        QStringLiteral("tosca.nodes.Compute"), QPointF(4000, 4000));
    ASSERT_FALSE(added.isEmpty());
    EXPECT_FALSE(view()->showsEmptyHint());
    EXPECT_EQ(darkPixelsInTheMiddle(), 0);

    window->document()->undoStack()->undo();
    EXPECT_TRUE(view()->showsEmptyHint());
    EXPECT_GT(darkPixelsInTheMiddle(), 200);
}

TEST_F(FirstStepsTest, ctrlYRedoesAsWellAsThePlatformsOwnKey)
{
    TopologyDocument *document = window->document();
    ASSERT_FALSE(
        document->actions().addNode(QStringLiteral("tosca.nodes.Compute"), QPointF()).isEmpty());
    document->undoStack()->undo();
    ASSERT_EQ(document->topology().nodeCount(), 0);

    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(document->topology().nodeCount(), 1);

    document->undoStack()->undo();
    const QKeySequence platform = QKeySequence(QKeySequence::Redo);
    ASSERT_FALSE(platform.isEmpty());
    QTest::keySequence(window.get(), platform);
    EXPECT_EQ(document->topology().nodeCount(), 1);
}

TEST_F(FirstStepsTest, toolbarsAreNamedForWhatTheyHold)
{
    const QList<QToolBar *> toolbars = window->findChildren<QToolBar *>();
    ASSERT_GE(toolbars.size(), 2);
    QStringList titles;
    for (const QToolBar *toolbar : toolbars) {
        titles << toolbar->windowTitle();
        // Its entry in View says it is a toolbar and what is on it, not "Main" or "View".
        EXPECT_TRUE(toolbar->windowTitle().endsWith(QLatin1String(" Toolbar")))
            << qPrintable(toolbar->windowTitle());
        EXPECT_GE(toolbar->windowTitle().split(QLatin1Char(' ')).size(), 3)
            << qPrintable(toolbar->windowTitle());
    }
    titles.removeDuplicates();
    EXPECT_EQ(titles.size(), toolbars.size());
}

TEST_F(FirstStepsTest, helpListsTheKeysOfEveryCommandThatHasThem)
{
    QAction *help = window->action(QStringLiteral("actionShortcuts"));
    ASSERT_NE(help, nullptr);
    help->trigger();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    // Every row as "command\tkeys", from the list the dialog shows.
    QStringList rows;
    QTreeWidget *list = dialog->list();
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        for (int r = 0; r < list->topLevelItem(g)->childCount(); ++r) {
            const QTreeWidgetItem *row = list->topLevelItem(g)->child(r);
            rows << row->text(0) + QLatin1Char('\t') + row->text(1);
        }
    }
    // Each menu command with a key is there once, with all its keys.
    int commands = 0;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->objectName().isEmpty())
            continue;
        ++commands;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString row = QString(action->text()).remove(QLatin1Char('&')) + QLatin1Char('\t')
                            + keys.join(", ");
        EXPECT_EQ(rows.count(row), 1) << qPrintable(row);
    }
    EXPECT_GE(commands, 15);
    EXPECT_EQ(rows.filter(QStringLiteral("Redo\t")).size(), 1);
    EXPECT_TRUE(
        rows.filter(QStringLiteral("Redo\t")).constFirst().contains(QLatin1String("Ctrl+Y")));
    dialog->close();
}

TEST_F(FirstStepsTest, f1OpensTheManualWhoseLinksAllLeadSomewhereInIt)
{
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *dialog = window->findChild<ManualDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QTextDocument *manual = dialog->browser()->document();
    ASSERT_GT(manual->characterCount(), 2000);

    // Every link is to an anchor of the manual, and every anchor is there.
    QStringList links;
    QSet<QString> anchors;
    for (QTextBlock block = manual->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.anchorHref().isEmpty())
                links << format.anchorHref();
            for (const QString &name : format.anchorNames())
                anchors.insert(name);
        }
    }
    ASSERT_GE(links.size(), 8);
    for (const QString &link : std::as_const(links)) {
        ASSERT_TRUE(link.startsWith(QLatin1Char('#'))) << qPrintable(link);
        EXPECT_TRUE(anchors.contains(link.mid(1))) << qPrintable(link);
    }
    // The menu commands it names exist, spelled as in the menus.
    const QString text = manual->toPlainText();
    for (const char *name : {"actionNew",
                             "actionOpen",
                             "actionExportCsar",
                             "actionPushToAlien4Cloud",
                             "actionTypeLibraries",
                             "actionAutoLayout",
                             "actionZoomFit",
                             "actionShortcuts",
                             "actionCompareWithFile",
                             "actionCompareWithHead",
                             "actionEndComparison"}) {
        const QString command = window->action(QLatin1String(name))
                                    ->text()
                                    .remove(QLatin1Char('&'))
                                    .remove(QStringLiteral("…"));
        EXPECT_TRUE(text.contains(command)) << name << " " << qPrintable(command);
    }

    // F1 again brings the same window forward.
    QTest::keyClick(window.get(), Qt::Key_F1);
    EXPECT_EQ(window->findChildren<ManualDialog *>().size(), 1);
    dialog->close();
}

TEST_F(FirstStepsTest, ctrlDotOffersTheSelectedNodesFixesAndOneAppliesAsAnEdit)
{
    const QString path = QStringLiteral(":/examples/marathon/marathon.yml");
    ASSERT_TRUE(window->newDocument(path));
    TopologyDocument *document = window->document();
    const QString machine = QStringLiteral("MasterCompute");
    int fixable = 0;
    for (const Problem &p : document->problemsAbout(machine))
        fixable += p.fixes.isEmpty() ? 0 : 1;
    ASSERT_GT(fixable, 0);

    // Nothing selected: the status bar says what to do.
    QTest::keyClick(window.get(), Qt::Key_Period, Qt::ControlModifier);
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);

    window->canvas()->scene()->selectionModel()->setSelectedNodes({machine});
    QTest::keyClick(window.get(), Qt::Key_Period, Qt::ControlModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    QAction *fix = menu->findChild<QAction *>(QStringLiteral("quickFix"));
    ASSERT_NE(fix, nullptr);
    const int steps = document->undoStack()->count();
    fix->trigger();
    menu->close();
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    int left = 0;
    for (const Problem &p : document->problemsAbout(machine))
        left += p.fixes.isEmpty() ? 0 : 1;
    EXPECT_LT(left, fixable);
}

namespace {

/// Right-clicks @p node's card header in @p window's canvas, as a user does (press, release,
/// context menu event); @p inspect sees the menu that opens, which is then closed.
void rightClickCard(MainWindow &window,
                    const QString &node,
                    const std::function<void(QMenu *)> &inspect)
{
    CanvasWidget *canvas = window.canvas();
    canvas->revealNode(node);
    const NodeItem *item = canvas->scene()->nodeItem(node);
    ASSERT_NE(item, nullptr);
    QWidget *viewport = canvas->view()->viewport();
    const QPoint at
        = canvas->view()->mapFromScene(item->sceneBoundingRect().topLeft() + QPointF(40, 12));
    bool inspected = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu) {
            inspect(menu);
            inspected = true;
            menu->close();
        }
    });
    QTest::mouseClick(viewport, Qt::RightButton, {}, at);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    EXPECT_TRUE(inspected) << "no menu opened";
}

} // namespace

TEST_F(FirstStepsTest, rightClickingACardSelectsItAndOffersItsCommandsAndFixes)
{
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    SelectionModel *selection = window->canvas()->scene()->selectionModel();
    selection->setSelectedNodes({QStringLiteral("SlaveCompute")});

    // Outside the selection: the card becomes the selection, and the menu acts on it.
    QStringList shown;
    QStringList fixes;
    rightClickCard(*window, QStringLiteral("MasterCompute"), [&](QMenu *menu) {
        shown = Topologist::Test::menuTexts(menu);
        if (const auto *fixMenu = menu->findChild<QMenu *>(QStringLiteral("fixMenu")))
            fixes = Topologist::Test::menuTexts(fixMenu);
    });
    EXPECT_EQ(selection->selectedNodes(), QStringList{QStringLiteral("MasterCompute")});
    for (const char *command : {"Rename", "Cut", "Copy", "Paste", "Duplicate", "Delete"})
        EXPECT_TRUE(shown.contains(QLatin1String(command))) << command;
    ASSERT_FALSE(fixes.isEmpty()) << "MasterCompute's warning has a fix";

    // Inside a selection of two: both stay selected.
    selection->setSelectedNodes({QStringLiteral("SlaveCompute"), QStringLiteral("MasterCompute")});
    rightClickCard(*window, QStringLiteral("SlaveCompute"), [](QMenu *) {});
    EXPECT_EQ(selection->selectedNodes().size(), 2);
}

TEST_F(FirstStepsTest, aCardsMenuConnectsARequirementToATargetThatFits)
{
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    TopologyDocument *document = window->document();
    const QString source = QStringLiteral("MarathonLB");
    const qsizetype before = document->topology().node(source)->requirements.size();
    QString chosen;
    rightClickCard(*window, source, [&](QMenu *menu) {
        const auto *connectMenu = menu->findChild<QMenu *>(QStringLiteral("connectMenu"));
        ASSERT_NE(connectMenu, nullptr);
        for (const QAction *requirement : connectMenu->actions()) {
            if (!requirement->menu() || !requirement->isEnabled() || !chosen.isEmpty())
                continue;
            QAction *target = requirement->menu()->actions().constFirst();
            chosen = requirement->text() + QLatin1String(" -> ") + target->text();
            target->trigger();
        }
    });
    ASSERT_FALSE(chosen.isEmpty()) << "no requirement of MarathonLB takes a target";
    EXPECT_EQ(document->topology().node(source)->requirements.size(), before + 1)
        << qPrintable(chosen);
    document->undoStack()->undo();
    EXPECT_EQ(document->topology().node(source)->requirements.size(), before);
}

TEST_F(FirstStepsTest, aCardsMenuMovesAHostedNodeToAnotherMachine)
{
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    TopologyScene *scene = window->canvas()->scene();
    // A Docker engine, hosted on one of the two agent machines.
    const QString engine = QStringLiteral("DockerEngine");
    const NodeItem *item = scene->nodeItem(engine);
    ASSERT_NE(item, nullptr);
    ASSERT_NE(item->hostItem(), nullptr);
    const QString before = item->hostItem()->name();
    QStringList offered;
    rightClickCard(*window, engine, [&](QMenu *menu) {
        const auto *hostMenu = menu->findChild<QMenu *>(QStringLiteral("hostMenu"));
        ASSERT_NE(hostMenu, nullptr);
        offered = Topologist::Test::menuTexts(hostMenu);
        if (!hostMenu->actions().isEmpty())
            hostMenu->actions().constFirst()->trigger();
    });
    ASSERT_FALSE(offered.isEmpty()) << "another machine can host the Docker engine";
    EXPECT_FALSE(offered.contains(before)) << "its own host is no move";
    scene->flush();
    ASSERT_NE(scene->nodeItem(engine)->hostItem(), nullptr);
    EXPECT_EQ(scene->nodeItem(engine)->hostItem()->name(), offered.constFirst());
    window->document()->undoStack()->undo();
    scene->flush();
    EXPECT_EQ(scene->nodeItem(engine)->hostItem()->name(), before);
}

TEST_F(FirstStepsTest, ctrlKFindsATypeAndEnterAddsItOnTheSelectedMachine)
{
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    TopologyDocument *document = window->document();
    SelectionModel *selection = window->canvas()->scene()->selectionModel();
    const QString agent = QStringLiteral("MesosSlave_2");
    selection->setSelectedNodes({agent});
    const qsizetype before = document->topology().nodeCount();

    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(search, nullptr) << "the palette's search box has the focus";
    QTest::keyClicks(search, QStringLiteral("MesosDNS"));
    QTest::keyClick(search, Qt::Key_Return);

    ASSERT_EQ(document->topology().nodeCount(), before + 1);
    const QString added = selection->currentNode();
    ASSERT_NE(added, agent);
    window->canvas()->scene()->flush();
    const NodeItem *item = window->canvas()->scene()->nodeItem(added);
    ASSERT_NE(item, nullptr);
    ASSERT_NE(item->hostItem(), nullptr) << "added on the selected agent";
    EXPECT_EQ(item->hostItem()->name(), agent);

    // With nothing that can host it selected, it is placed on its own.
    selection->clear();
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("Compute"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(document->topology().nodeCount(), before + 2);
    window->canvas()->scene()->flush();
    EXPECT_EQ(window->canvas()->scene()->nodeItem(selection->currentNode())->hostItem(), nullptr);
}
