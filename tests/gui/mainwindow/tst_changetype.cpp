// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Change Type driven as a keyboard user drives it (select, the action, type in the
// filter, arrows, Enter), and the canvas' context menu opened from the keyboard (Menu key,
// Shift+F10), which is about the selection, at it, not about what is under the pointer.
#include "canvas/canvasview.h"
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "dialogs/changetypedialog.h"
#include "documentactions.h"
#include "mainwindow/mainwindow.h"
#include "qtprinters.h"
#include "selectionmodel.h"
#include "shownwindowtest.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Topologist;
using Topologist::Test::changeableBundledCatalog;

namespace {

class ChangeTypeTest : public Topologist::Test::ShownWindowTest
{
protected:
    void SetUp() override
    {
        ShownWindowTest::SetUp();
        if (!HasFatalFailure())
            openExample(QStringLiteral("marathon"));
    }

    SelectionModel *selection() const { return window->canvas()->scene()->selectionModel(); }
    QWidget *viewport() const { return window->canvas()->view()->viewport(); }

    /// Sends the context menu event the Menu key sends to the canvas, the text cursor's
    /// position being `at` (viewport coordinates); `inspect` sees the menu that opens, which is
    /// then closed. False when no menu opened.
    bool openMenuFromKeyboard(const QPoint &at, const std::function<void(QMenu *)> &inspect)
    {
        bool inspected = false;
        QTimer::singleShot(0, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                inspect(menu);
                inspected = true;
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
        QCoreApplication::processEvents();
        return inspected;
    }

    /// Where `scene` rectangle is on the screen now.
    QRect onScreen(const QRectF &scene) const
    {
        const QRect inViewport = window->canvas()->view()->mapFromScene(scene).boundingRect();
        return QRect(viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
    }

    QPoint headerOf(const QString &node) const
    {
        const NodeItem *item = window->canvas()->scene()->nodeItem(node);
        return window->canvas()->view()->mapFromScene(item->sceneBoundingRect().topLeft()
                                                      + QPointF(40, 12));
    }
};

} // namespace

TEST_F(ChangeTypeTest, theActionNeedsExactlyOneSelectedNode)
{
    QAction *changeType = window->action(QStringLiteral("actionChangeType"));
    ASSERT_NE(changeType, nullptr);
    EXPECT_FALSE(changeType->isEnabled());
    selection()->setSelectedNodes({QStringLiteral("MesosDNS")});
    EXPECT_TRUE(changeType->isEnabled());
    selection()->setSelectedNodes({QStringLiteral("MesosDNS"), QStringLiteral("Marathon")});
    EXPECT_FALSE(changeType->isEnabled());
}

TEST_F(ChangeTypeTest, aKeyboardUserChangesATypeKeepingWhatStillAppliesAndUndoRestoresIt)
{
    TopologyDocument *document = window->document();
    const QByteArray before = document->serialize();
    const int steps = document->undoStack()->count();
    const QString node = QStringLiteral("MesosDNS");
    selection()->setSelectedNodes({node});

    bool driven = false;
    QString preview;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ChangeTypeDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no Change Type dialog";
        // Whatever happens below, the dialog goes, or exec() would wait forever.
        const std::unique_ptr<QObject, std::function<void(QObject *)>> closer(
            dialog, [](QObject *d) {
                if (auto *w = qobject_cast<QWidget *>(d); w && w->isVisible())
                    static_cast<QDialog *>(w)->reject();
            });
        auto *filter = qobject_cast<QLineEdit *>(dialog->focusWidget());
        ASSERT_NE(filter, nullptr) << "the filter has the focus";
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("typeList"));
        ASSERT_NE(list, nullptr);
        // The current type is marked and highlighted before anything is typed.
        EXPECT_EQ(dialog->selectedType(), QStringLiteral("org.alien4cloud.nodes.MesosDNS"));
        EXPECT_TRUE(list->currentItem()->text().contains(QLatin1String("current")));

        // Down and Up move in the list while the filter keeps the focus.
        QTest::keyClicks(filter, QStringLiteral("mesos"));
        ASSERT_GT(list->count(), 2);
        EXPECT_EQ(list->currentRow(), 0);
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Down);
        EXPECT_EQ(list->currentRow(), 2);
        QTest::keyClick(filter, Qt::Key_Up);
        EXPECT_EQ(list->currentRow(), 1);
        EXPECT_EQ(dialog->focusWidget(), filter);

        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("MarathonLB"));
        ASSERT_EQ(dialog->selectedType(), QStringLiteral("org.alien4cloud.nodes.MarathonLB"));
        preview = dialog->previewText();
        driven = true;
        QTest::keyClick(filter, Qt::Key_Return);
    });
    window->action(QStringLiteral("actionChangeType"))->trigger();
    ASSERT_TRUE(driven);
    EXPECT_TRUE(
        preview.contains(QStringLiteral("Keeps: cpu_alloc, mem_alloc, host → MesosSlave_2")))
        << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("Drops: marathon → Marathon")))
        << preview.toStdString();
    EXPECT_TRUE(preview.contains(QStringLiteral("No longer fits its target: host → MesosSlave_2")))
        << preview.toStdString();

    const NodeTemplate *changed = document->topology().node(node);
    ASSERT_NE(changed, nullptr);
    EXPECT_EQ(changed->type, QStringLiteral("org.alien4cloud.nodes.MarathonLB"));
    EXPECT_EQ(changed->property(QStringLiteral("cpu_alloc")).text(), QStringLiteral("1.0"));
    EXPECT_EQ(changed->property(QStringLiteral("mem_alloc")).text(), QStringLiteral("512"));
    ASSERT_EQ(changed->requirements.size(), 1);
    EXPECT_EQ(changed->requirements[0].name, QStringLiteral("host"));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);

    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(document->serialize(), before);
}

TEST_F(ChangeTypeTest, theKeyboardMenuIsTheSelectedNodesAtItsCard)
{
    const QString node = QStringLiteral("MesosSlave");
    selection()->setSelectedNodes({node});
    window->canvas()->revealNode(QStringLiteral("MasterCompute"));
    // The text cursor (and the pointer) over another card: the menu is still the selection's.
    const QPoint elsewhere = headerOf(QStringLiteral("MasterCompute"));
    const QStringList open = window->document()->actions().openRequirements(node);
    ASSERT_FALSE(open.isEmpty());

    QString name;
    QStringList connectable;
    bool offersChangeType = false;
    QRect where;
    ASSERT_TRUE(openMenuFromKeyboard(elsewhere, [&](QMenu *menu) {
        name = menu->objectName();
        where = menu->geometry();
        offersChangeType
            = menu->actions().contains(window->action(QStringLiteral("actionChangeType")));
        if (const auto *connectMenu = menu->findChild<QMenu *>(QStringLiteral("connectMenu")))
            connectable = Topologist::Test::menuTexts(connectMenu);
    })) << "no menu opened";
    EXPECT_EQ(name, QStringLiteral("nodeMenu"));
    EXPECT_TRUE(offersChangeType);
    EXPECT_EQ(connectable, open) << "the menu of " << node.toStdString();
    const NodeItem *card = window->canvas()->scene()->nodeItem(node);
    EXPECT_TRUE(where.intersects(onScreen(card->sceneBoundingRect())))
        << "the menu opens at the selected card";
}

TEST_F(ChangeTypeTest, theKeyboardMenuOfASelectedRelationshipIsItsMenu)
{
    TopologyScene *scene = window->canvas()->scene();
    const QList<RelationshipItem *> relationships = scene->relationshipItems();
    ASSERT_FALSE(relationships.isEmpty());
    selection()->clear();
    RelationshipItem *relationship = relationships.first();
    relationship->setSelected(true);
    ASSERT_EQ(scene->selectedRelationships().size(), 1);
    // The window is larger than the test's screen, which Qt keeps menus on: the label in the
    // middle of the view is on that screen.
    window->canvas()->view()->centerOn(relationship->labelRect().center());

    QString name;
    QStringList entries;
    QRect where;
    ASSERT_TRUE(openMenuFromKeyboard(QPoint(2, 2), [&](QMenu *menu) {
        name = menu->objectName();
        entries = Topologist::Test::menuTexts(menu);
        where = menu->geometry();
    })) << "no menu opened";
    EXPECT_EQ(name, QStringLiteral("relationshipMenu"));
    EXPECT_TRUE(entries.contains(QStringLiteral("Delete Relationship")));
    EXPECT_TRUE(where.intersects(onScreen(relationship->labelRect())));
}

TEST_F(ChangeTypeTest, shiftF10OnTheCanvasOpensTheSelectedNodesMenuToo)
{
    const QString node = QStringLiteral("Marathon");
    selection()->setSelectedNodes({node});
    QWidget *view = window->canvas()->view();
    view->setFocus();
    QString name;
    bool offersChangeType = false;
    QTimer::singleShot(0, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            name = menu->objectName();
            offersChangeType
                = menu->actions().contains(window->action(QStringLiteral("actionChangeType")));
            menu->close();
        }
    });
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(name, QStringLiteral("nodeMenu"));
    EXPECT_TRUE(offersChangeType);
}
