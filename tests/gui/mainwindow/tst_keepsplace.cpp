// SPDX-License-Identifier: GPL-3.0-or-later
// The window keeps the user's place: choosing a target in the property editor keeps the node
// selected, an undo or redo shows what it changed, pasted or added cards land where they
// cover no other.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "mainwindow/mainwindow.h"
#include "properties/lazycombobox.h"
#include "properties/propertyeditor.h"
#include "properties/requirementgroup.h"
#include "selectionmodel.h"
#include "shownwindowtest.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QGraphicsView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::changeableBundledCatalog;

namespace {

class KeepsPlaceTest : public Topologist::Test::ShownWindowTest
{
protected:
    void SetUp() override
    {
        ShownWindowTest::SetUp();
        if (!HasFatalFailure())
            openExample(QStringLiteral("marathon"));
    }

    TopologyScene *scene() const { return window->canvas()->scene(); }
    QGraphicsView *view() const { return window->canvas()->view(); }
    QRectF visible() const { return view()->mapToScene(view()->viewport()->rect()).boundingRect(); }
    QRectF cardOf(const QString &name) const
    {
        const NodeItem *item = scene()->nodeItem(name);
        return item ? item->sceneBoundingRect() : QRectF();
    }
    /// The top-level cards that overlap another one, as "a / b".
    QStringList overlaps() const
    {
        scene()->flush();
        QList<const NodeItem *> roots;
        for (const NodeItem *item : scene()->nodeItems()) {
            if (!item->hostItem())
                roots << item;
        }
        QStringList found;
        for (qsizetype i = 0; i < roots.size(); ++i) {
            for (qsizetype j = i + 1; j < roots.size(); ++j) {
                if (roots[i]->sceneBoundingRect().intersects(roots[j]->sceneBoundingRect()))
                    found << roots[i]->name() + QStringLiteral(" / ") + roots[j]->name();
            }
        }
        return found;
    }

    /// Chooses `target` in the "Connect to…" list of `requirement` in the property editor,
    /// with the mouse.
    void chooseInConnectList(const QString &requirement, const QString &target)
    {
        auto *editor = window->findChild<PropertyEditor *>();
        ASSERT_NE(editor, nullptr);
        RequirementGroup *group = editor->requirementGroup(requirement);
        ASSERT_NE(group, nullptr);
        LazyComboBox *combo = group->connectCombo();
        ASSERT_NE(combo, nullptr);
        QTest::mouseClick(combo, Qt::LeftButton);
        QAbstractItemView *list = combo->view();
        ASSERT_TRUE(list->isVisible());
        const int index = combo->findText(target);
        ASSERT_GE(index, 0) << target.toStdString();
        // The list takes no click as quickly as a double-click would follow.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        const QRect item = list->visualRect(list->model()->index(index, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
        QCoreApplication::processEvents();
    }
};

} // namespace

TEST_F(KeepsPlaceTest, hostingANodeThroughThePropertyEditorKeepsItSelected)
{
    TopologyDocument *document = window->document();
    const QString dns = document->actions().addNode(
        QStringLiteral("org.alien4cloud.nodes.MesosDNS"), QPointF(2000, 0));
    ASSERT_FALSE(dns.isEmpty());
    window->selection()->setSelectedNodes({dns});
    scene()->flush();
    ASSERT_EQ(scene()->nodeItem(dns)->hostItem(), nullptr);
    chooseInConnectList(QStringLiteral("host"), QStringLiteral("MesosSlave"));
    scene()->flush();
    ASSERT_NE(scene()->nodeItem(dns)->hostItem(), nullptr) << "the card moved into its host";
    EXPECT_EQ(window->selection()->selectedNodes(), QStringList{dns});
    EXPECT_TRUE(scene()->nodeItem(dns)->isSelected());
    EXPECT_EQ(window->findChild<PropertyEditor *>()->node(), dns);
}

TEST_F(KeepsPlaceTest, choosingATargetInThePropertyEditorKeepsTheNodeSelectedAndShown)
{
    const QString source = QStringLiteral("MesosSlave");
    TopologyDocument *document = window->document();
    ASSERT_TRUE(document->actions().disconnect(source, [&] {
        const NodeTemplate *node = document->topology().node(source);
        for (int i = 0; i < node->requirements.size(); ++i) {
            if (node->requirements[i].name == QLatin1String("docker_cli"))
                return i;
        }
        return -1;
    }()));
    const qsizetype before = document->topology().node(source)->requirements.size();
    window->selection()->setSelectedNodes({source});
    chooseInConnectList(QStringLiteral("docker_cli"), QStringLiteral("DockerEngine"));
    auto *editor = window->findChild<PropertyEditor *>();
    ASSERT_EQ(document->topology().node(source)->requirements.size(), before + 1);
    EXPECT_EQ(window->selection()->selectedNodes(), QStringList{source});
    EXPECT_EQ(editor->node(), source) << "the editor still shows the node";
    EXPECT_NE(editor->requirementGroup(QStringLiteral("docker_cli")), nullptr);
}

TEST_F(KeepsPlaceTest, undoAndRedoSelectAndShowWhatTheyChanged)
{
    const QString changed = QStringLiteral("MesosMaster");
    ASSERT_TRUE(window->document()->actions().setProperty(
        changed, QStringLiteral("port"), Value::scalar(QStringLiteral("5055"))));
    window->selection()->setSelectedNodes({QStringLiteral("SlaveCompute")});
    // Close up on another card.
    const auto lookElsewhere = [&] {
        window->canvas()->setZoom(3.0);
        view()->centerOn(cardOf(QStringLiteral("SlaveCompute_2")).bottomRight());
        ASSERT_FALSE(visible().intersects(cardOf(changed)));
    };
    lookElsewhere();

    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(window->selection()->selectedNodes(), QStringList{changed});
    EXPECT_TRUE(visible().intersects(cardOf(changed))); // too big at 300 % to show whole

    lookElsewhere();
    window->selection()->clear();
    window->action(QStringLiteral("actionRedo"))->trigger();
    EXPECT_EQ(window->selection()->selectedNodes(), QStringList{changed});
    EXPECT_TRUE(visible().intersects(cardOf(changed))); // too big at 300 % to show whole
}

TEST_F(KeepsPlaceTest, undoingAnAddLeavesTheSelectionAndTheView)
{
    const QString added = window->document()->actions().addNode(
        QStringLiteral("tosca.nodes.Compute"), QPointF(-3000, -3000));
    ASSERT_FALSE(added.isEmpty());
    window->selection()->setSelectedNodes({QStringLiteral("SlaveCompute")});
    const QRectF before = visible();
    window->action(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(window->selection()->selectedNodes(), QStringList{QStringLiteral("SlaveCompute")});
    EXPECT_EQ(visible(), before);
}

TEST_F(KeepsPlaceTest, pastingTwiceLandsEachCopyClearOfEveryCard)
{
    ASSERT_EQ(overlaps().join(QStringLiteral(", ")).toStdString(), "");
    window->selection()->setSelectedNodes({QStringLiteral("SlaveCompute"),
                                           QStringLiteral("MesosSlave"),
                                           QStringLiteral("DockerEngine")});
    window->action(QStringLiteral("actionCopy"))->trigger();
    for (int i = 0; i < 2; ++i) {
        window->action(QStringLiteral("actionPaste"))->trigger();
        EXPECT_EQ(overlaps().join(QStringLiteral(", ")).toStdString(), "") << "paste " << i + 1;
        const QStringList pasted = window->selection()->selectedNodes();
        ASSERT_EQ(pasted.size(), 3);
        for (const QString &name : pasted)
            EXPECT_TRUE(visible().contains(cardOf(name))) << name.toStdString();
    }
}

TEST_F(KeepsPlaceTest, aTypeAddedWithoutAHostLandsClearOfEveryCard)
{
    window->selection()->clear();
    // Laid out: every card has its saved position, and a new one goes where it is put.
    window->canvas()->autoLayout();
    scene()->flush();
    // The middle of the view on a machine: where a new card went before.
    view()->centerOn(cardOf(QStringLiteral("SlaveCompute")).center());
    ASSERT_TRUE(cardOf(QStringLiteral("SlaveCompute")).contains(window->canvas()->visibleCenter()));
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(search, nullptr) << "the palette's search box has the focus";
        search->clear();
        QTest::keyClicks(search, QStringLiteral("tosca.nodes.Compute"));
        const int before = window->document()->topology().nodeCount();
        QTest::keyClick(search, Qt::Key_Return);
        ASSERT_EQ(window->document()->topology().nodeCount(), before + 1);
        EXPECT_EQ(overlaps().join(QStringLiteral(", ")).toStdString(), "") << "add " << i + 1;
        window->selection()->clear();
    }
}
