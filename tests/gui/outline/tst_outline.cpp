// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "outline/outlinedelegate.h"
#include "outline/outlinemodel.h"
#include "outline/outlinewidget.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "validation/validationcontext.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::openExample;

namespace {

/// "Host/Child" paths of every row of an outline model, from each row's depth.
QStringList pathsOf(const QAbstractItemModel *model)
{
    QStringList result;
    QStringList hosts;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        hosts.resize(index.data(OutlineModel::DepthRole).toInt());
        hosts << index.data(OutlineModel::NameRole).toString();
        result << hosts.join(QLatin1Char('/'));
    }
    return result;
}

struct Fixture
{
    Fixture()
        : document(openExample(QStringLiteral("marathon")))
    {
        outline.setDocument(document.get(), &selection);
        outline.resize(300, 500);
        view = outline.findChild<QListView *>(QStringLiteral("outlineView"));
        filter = outline.findChild<QLineEdit *>(QStringLiteral("outlineFilter"));
    }

    OutlineModel *model() const { return qobject_cast<OutlineModel *>(view->model()); }

    QModelIndex find(const QString &node) const { return model()->indexOf(node); }

    QStringList paths() const { return pathsOf(model()); }

    QString hostShown(const QString &node) const
    {
        return find(node).data(OutlineModel::HostRole).toString();
    }

    QStringList rows() const
    {
        QStringList names;
        for (int row = 0; row < model()->rowCount(); ++row)
            names << model()->index(row, 0).data(OutlineModel::NameRole).toString();
        return names;
    }

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    OutlineWidget outline;
    QListView *view = nullptr;
    QLineEdit *filter = nullptr;
};

/// A real double-click: press and release, then the double-click event (QTest's widget overload
/// of mouseDClick sends only the latter, which item views take for a fresh press).
void doubleClick(QWidget *viewport, const QPoint &pos)
{
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, pos);
}

} // namespace

TEST(Outline, listsEveryNodeNestedByHosting)
{
    Fixture f;
    ASSERT_NE(f.view, nullptr);
    const QStringList paths = f.paths();
    EXPECT_EQ(paths.size(), f.document->topology().nodeCount());
    EXPECT_TRUE(paths.contains(QStringLiteral("MasterCompute/MesosMaster/Marathon/MarathonLB")));
    EXPECT_TRUE(paths.contains(QStringLiteral("SlaveCompute_2/MesosSlave_2/MesosDNS")));
    EXPECT_TRUE(paths.contains(QStringLiteral("SlaveCompute/DockerEngine")));
    // Top level: the machines, sorted.
    QStringList roots;
    for (int row = 0; row < f.model()->rowCount(); ++row) {
        if (f.model()->index(row, 0).data(OutlineModel::DepthRole).toInt() == 0)
            roots << f.model()->index(row, 0).data().toString();
    }
    EXPECT_EQ(roots,
              QStringList({QStringLiteral("MasterCompute"),
                           QStringLiteral("SlaveCompute"),
                           QStringLiteral("SlaveCompute_2")}));
    const QModelIndex marathon = f.find(QStringLiteral("Marathon"));
    EXPECT_EQ(marathon.data(OutlineModel::ShortTypeRole).toString(), QStringLiteral("Marathon"));
    EXPECT_EQ(marathon.data(OutlineModel::TypeRole).toString(),
              QStringLiteral("org.alien4cloud.nodes.Marathon"));
    EXPECT_FALSE(qvariant_cast<QIcon>(marathon.data(Qt::DecorationRole)).isNull());
    EXPECT_TRUE(f.model()->isExpanded(QStringLiteral("MesosMaster")));
    EXPECT_TRUE(f.find(QStringLiteral("MesosMaster")).data(OutlineModel::HasChildrenRole).toBool());
    EXPECT_FALSE(f.find(QStringLiteral("MesosDNS")).data(OutlineModel::HasChildrenRole).toBool());
}

TEST(Outline, followsEditsWithoutRebuilding)
{
    Fixture f;
    DocumentActions actions(f.document.get());
    QSignalSpy resets(f.model(), &QAbstractItemModel::modelReset);
    // Rows are inserted, removed and moved one by one: a layout change would make the views
    // look at every row again (and a sorting proxy sent one for each rename).
    QSignalSpy layouts(f.model(), &QAbstractItemModel::layoutChanged);

    const QString added = actions.addNode(
        QStringLiteral("org.alien4cloud.nodes.MarathonLB"), QPointF(), QStringLiteral("Marathon"));
    ASSERT_FALSE(added.isEmpty());
    EXPECT_EQ(f.hostShown(added), QStringLiteral("Marathon"));

    // A property edit leaves the rows where they are.
    actions.setProperty(QStringLiteral("MesosMaster"),
                        QStringLiteral("port"),
                        Value::scalar(QStringLiteral("5051")));
    EXPECT_EQ(f.hostShown(QStringLiteral("MesosMaster")), QStringLiteral("MasterCompute"));

    // Renaming a host keeps its hosted nodes under it.
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master")));
    EXPECT_FALSE(f.find(QStringLiteral("MesosMaster")).isValid());
    EXPECT_EQ(f.hostShown(QStringLiteral("Marathon")), QStringLiteral("Master"));
    f.document->undoStack()->undo();
    EXPECT_EQ(f.hostShown(QStringLiteral("Marathon")), QStringLiteral("MesosMaster"));

    // Moving a node to another host moves its row (and its subtree).
    const int hostRequirement = 0; // DockerEngine's only requirement is its host
    ASSERT_TRUE(actions.retarget(
        QStringLiteral("DockerEngine"), hostRequirement, QStringLiteral("SlaveCompute_2")));
    EXPECT_EQ(f.hostShown(QStringLiteral("DockerEngine")), QStringLiteral("SlaveCompute_2"));

    // Deleting a host deletes its subtree.
    ASSERT_TRUE(actions.removeNodes({QStringLiteral("MasterCompute")}));
    EXPECT_FALSE(f.find(QStringLiteral("Marathon")).isValid());
    f.document->undoStack()->undo();
    EXPECT_EQ(f.hostShown(QStringLiteral("Marathon")), QStringLiteral("MesosMaster"));
    EXPECT_EQ(f.hostShown(QStringLiteral("MarathonLB")), QStringLiteral("Marathon"));

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(layouts.count(), 0);
    // Same tree as one built from scratch.
    OutlineWidget fresh;
    SelectionModel selection;
    fresh.setDocument(f.document.get(), &selection);
    auto *freshView = fresh.findChild<QListView *>(QStringLiteral("outlineView"));
    EXPECT_EQ(f.paths(), pathsOf(freshView->model()));
}

TEST(Outline, filterKeepsMatchesAndTheirHosts)
{
    Fixture f;
    QTest::keyClicks(f.filter, QStringLiteral("marathonlb"));
    EXPECT_EQ(f.paths(),
              QStringList({QStringLiteral("MasterCompute"),
                           QStringLiteral("MasterCompute/MesosMaster"),
                           QStringLiteral("MasterCompute/MesosMaster/Marathon"),
                           QStringLiteral("MasterCompute/MesosMaster/Marathon/MarathonLB")}));
    f.filter->clear();
    QTest::keyClicks(f.filter, QStringLiteral("DockerEngine"));
    QStringList found;
    for (const QString &path : f.paths())
        found << path.section(QLatin1Char('/'), -1);
    EXPECT_TRUE(found.contains(QStringLiteral("DockerEngine")));
    EXPECT_TRUE(found.contains(QStringLiteral("DockerEngine_2")));
    EXPECT_FALSE(found.contains(QStringLiteral("MesosMaster")));
    // By type too.
    f.filter->clear();
    QTest::keyClicks(f.filter, QStringLiteral("tosca.nodes.Compute"));
    EXPECT_EQ(f.model()->rowCount(), 3);
    QTest::keyClick(f.filter, Qt::Key_Escape);
    EXPECT_EQ(f.paths().size(), f.document->topology().nodeCount());
}

TEST(Outline, selectionFollowsTheSelectionModelBothWays)
{
    Fixture f;
    f.selection.setSelectedNodes({QStringLiteral("Marathon"), QStringLiteral("MesosDNS")});
    QStringList selected;
    for (const QModelIndex &index : f.view->selectionModel()->selectedRows())
        selected << index.data(OutlineModel::NameRole).toString();
    selected.sort();
    EXPECT_EQ(selected, QStringList({QStringLiteral("Marathon"), QStringLiteral("MesosDNS")}));
    EXPECT_EQ(f.view->currentIndex().data(OutlineModel::NameRole).toString(),
              QStringLiteral("MesosDNS"));

    // Clicking a row selects that node for the whole window.
    f.outline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.outline));
    const QModelIndex slave = f.find(QStringLiteral("MesosSlave"));
    f.view->scrollTo(slave);
    QTest::mouseClick(
        f.view->viewport(), Qt::LeftButton, Qt::NoModifier, f.view->visualRect(slave).center());
    EXPECT_EQ(f.selection.selectedNodes(), QStringList({QStringLiteral("MesosSlave")}));
    // Ctrl-click adds; the node clicked last is the current one.
    const QModelIndex master = f.find(QStringLiteral("MesosMaster"));
    QTest::mouseClick(f.view->viewport(),
                      Qt::LeftButton,
                      Qt::ControlModifier,
                      f.view->visualRect(master).center());
    EXPECT_EQ(f.selection.selectedNodes(),
              QStringList({QStringLiteral("MesosSlave"), QStringLiteral("MesosMaster")}));
    EXPECT_EQ(f.selection.currentNode(), QStringLiteral("MesosMaster"));

    f.selection.clear();
    EXPECT_TRUE(f.view->selectionModel()->selectedRows().isEmpty());
}

TEST(Outline, doubleClickRevealsAndF2AsksToRename)
{
    Fixture f;
    f.outline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.outline));
    QSignalSpy reveal(&f.outline, &OutlineWidget::revealNode);
    QSignalSpy rename(&f.outline, &OutlineWidget::renameRequested);
    const QModelIndex marathon = f.find(QStringLiteral("Marathon"));
    f.view->scrollTo(marathon);
    doubleClick(f.view->viewport(), f.view->visualRect(marathon).center());
    ASSERT_EQ(reveal.count(), 1);
    EXPECT_EQ(reveal.at(0).at(0).toString(), QStringLiteral("Marathon"));
    EXPECT_TRUE(f.model()->isExpanded(QStringLiteral("Marathon")))
        << "double-click reveals, it does not fold";

    f.view->setCurrentIndex(marathon);
    QTest::keyClick(f.view, Qt::Key_F2);
    ASSERT_EQ(rename.count(), 1);
    EXPECT_EQ(rename.at(0).at(0).toString(), QStringLiteral("Marathon"));

    std::unique_ptr<QMenu> menu(f.outline.createContextMenu(f.find(QStringLiteral("MesosDNS"))));
    QAction *renameAction = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("renameNode"))
            renameAction = action;
    }
    ASSERT_NE(renameAction, nullptr);
    renameAction->trigger();
    ASSERT_EQ(rename.count(), 2);
    EXPECT_EQ(rename.at(1).at(0).toString(), QStringLiteral("MesosDNS"));
}

TEST(Outline, aRowsMenuAsksToChangeThatNodesType)
{
    Fixture f;
    QSignalSpy changeType(&f.outline, &OutlineWidget::changeTypeRequested);
    std::unique_ptr<QMenu> menu(f.outline.createContextMenu(f.find(QStringLiteral("MesosDNS"))));
    QAction *action = nullptr;
    for (QAction *entry : menu->actions()) {
        if (entry->objectName() == QLatin1String("changeNodeType"))
            action = entry;
    }
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->text().contains(QLatin1String("MesosDNS")));
    action->trigger();
    ASSERT_EQ(changeType.count(), 1);
    EXPECT_EQ(changeType.at(0).at(0).toString(), QStringLiteral("MesosDNS"));
    // No node, no such entry.
    std::unique_ptr<QMenu> empty(f.outline.createContextMenu(QModelIndex()));
    for (const QAction *entry : empty->actions())
        EXPECT_NE(entry->objectName(), QLatin1String("changeNodeType"));
}

TEST(Outline, marksNodesWithProblems)
{
    Fixture f;
    const QModelIndex slave = f.find(QStringLiteral("MesosSlave"));
    EXPECT_EQ(slave.data(OutlineModel::SeverityRole).toInt(), -1);
    DocumentActions(f.document.get())
        .setProperty(QStringLiteral("MesosSlave"),
                     QStringLiteral("port"),
                     Value::scalar(QStringLiteral("http")));
    EXPECT_EQ(f.find(QStringLiteral("MesosSlave")).data(OutlineModel::SeverityRole).toInt(),
              int(Severity::Error));
    EXPECT_GE(f.find(QStringLiteral("MesosSlave")).data(OutlineModel::ProblemCountRole).toInt(), 1);
    EXPECT_TRUE(f.find(QStringLiteral("MesosSlave"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("error")));
    f.document->undoStack()->undo();
    EXPECT_EQ(f.find(QStringLiteral("MesosSlave")).data(OutlineModel::SeverityRole).toInt(), -1);
}

TEST(Outline, nestsExactlyWhereCoreSaysANodeIsHosted)
{
    // A node of an unknown type has no requirement definitions, so `host:` names no
    // relationship: core (and so the canvas) leaves it unhosted, and the outline must agree.
    const QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                            "metadata:\n  template_name: t\n  template_version: 1.0.0\n"
                            "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                            "topology_template:\n  node_templates:\n"
                            "    Machine:\n      type: tosca.nodes.Compute\n"
                            "    App:\n      type: tosca.nodes.SoftwareComponent\n"
                            "      requirements:\n        - host: Machine\n"
                            "    Stray:\n      type: my.Unknown\n"
                            "      requirements:\n        - host: Machine\n";
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        yaml, QStringLiteral("t.yml"), bundledCatalog(), &diagnostics);
    ASSERT_NE(document, nullptr);
    OutlineModel model;
    model.setDocument(document.get());
    const ValidationContext context(document->archive(), document->topology(), document->types());
    for (const QString &node : {QStringLiteral("App"), QStringLiteral("Stray")}) {
        const QModelIndex found = model.indexOf(node);
        ASSERT_TRUE(found.isValid()) << node.toStdString();
        EXPECT_EQ(found.data(OutlineModel::HostRole).toString(), context.hostOf(node))
            << node.toStdString();
    }
    EXPECT_EQ(context.hostOf(QStringLiteral("App")), QStringLiteral("Machine"));
}

TEST(Outline, aRenamedNodeKeepsItsRowItsChildrenAndTheSelectionBothWays)
{
    Fixture f;
    f.selection.setSelectedNodes({QStringLiteral("MasterCompute")});
    const QStringList before = f.paths();
    const QPersistentModelIndex row = f.find(QStringLiteral("MasterCompute"));
    ASSERT_TRUE(row.isValid());
    f.model()->setExpanded(QStringLiteral("MasterCompute"), true);

    DocumentActions actions(f.document.get());
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MasterCompute"), QStringLiteral("Controller")));
    EXPECT_TRUE(row.isValid());
    EXPECT_EQ(row.data(OutlineModel::NameRole).toString(), QStringLiteral("Controller"));
    EXPECT_TRUE(f.model()->isExpanded(QStringLiteral("Controller")));
    EXPECT_EQ(f.selection.selectedNodes(), QStringList{QStringLiteral("Controller")});
    QStringList renamed = before;
    renamed.replaceInStrings(QStringLiteral("MasterCompute"), QStringLiteral("Controller"));
    EXPECT_EQ(f.paths(), renamed);

    // Undo renames it back: the selection and the editor's node must not be lost on the way.
    f.document->undoStack()->undo();
    EXPECT_TRUE(row.isValid());
    EXPECT_EQ(f.selection.selectedNodes(), QStringList{QStringLiteral("MasterCompute")});
    EXPECT_EQ(f.paths(), before);
}

TEST(Outline, aRenamedRowChangesOnceAndKeepsItsIconAndTooltip)
{
    // A rename is one change of the row, not one per role.
    Fixture f;
    const QModelIndex before = f.find(QStringLiteral("MesosMaster"));
    ASSERT_TRUE(before.isValid());
    const QVariant icon = before.data(Qt::DecorationRole);
    const QVariant tooltip = before.data(Qt::ToolTipRole);
    QSignalSpy changes(f.model(), &QAbstractItemModel::dataChanged);
    DocumentActions actions(f.document.get());
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master")));
    const QModelIndex after = f.find(QStringLiteral("Master"));
    ASSERT_TRUE(after.isValid());
    EXPECT_EQ(after.data(Qt::DisplayRole).toString(), QStringLiteral("Master"));
    EXPECT_EQ(after.data(Qt::DecorationRole).isNull(), icon.isNull());
    EXPECT_EQ(after.data(Qt::ToolTipRole).isNull(), tooltip.isNull());
    int renameChanges = 0;
    for (const QList<QVariant> &change : std::as_const(changes)) {
        const QModelIndex index = change.at(0).toModelIndex();
        renameChanges += index.data(OutlineModel::NameRole).toString() == QStringLiteral("Master");
    }
    EXPECT_EQ(renameChanges, 1);
}

TEST(Outline, aHostFoldsByItsArrowAndTheArrowKeysWalkTheHosting)
{
    Fixture f;
    f.outline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.outline));
    const QStringList all = f.paths();
    const qsizetype hosted
        = all.filter(QRegularExpression(QStringLiteral("^MasterCompute/"))).size();
    ASSERT_GE(hosted, 3);
    const QModelIndex machine = f.find(QStringLiteral("MasterCompute"));
    f.view->scrollTo(machine);
    QTest::mouseClick(f.view->viewport(),
                      Qt::LeftButton,
                      Qt::NoModifier,
                      OutlineDelegate::arrowRect(f.view->visualRect(machine), 0).center());
    EXPECT_FALSE(f.model()->isExpanded(QStringLiteral("MasterCompute")));
    EXPECT_FALSE(f.find(QStringLiteral("MesosMaster")).isValid());
    EXPECT_EQ(f.paths().size(), all.size() - hosted);
    EXPECT_TRUE(f.selection.selectedNodes().isEmpty()) << "the arrow folds, it does not select";

    // Right unfolds the current row; Left on an unfolded host folds it, and on anything else
    // goes to its host.
    f.view->setCurrentIndex(f.find(QStringLiteral("MasterCompute")));
    QTest::keyClick(f.view, Qt::Key_Right);
    EXPECT_EQ(f.paths(), all);
    f.view->setCurrentIndex(f.find(QStringLiteral("MesosMaster")));
    QTest::keyClick(f.view, Qt::Key_Left);
    EXPECT_FALSE(f.model()->isExpanded(QStringLiteral("MesosMaster")));
    EXPECT_FALSE(f.find(QStringLiteral("Marathon")).isValid());
    QTest::keyClick(f.view, Qt::Key_Left);
    EXPECT_EQ(f.view->currentIndex().data(OutlineModel::NameRole).toString(),
              QStringLiteral("MasterCompute"));
}

TEST(Outline, foldingOutlivesEditsAndASelectedNodeIsUnfolded)
{
    Fixture f;
    const QStringList all = f.paths();
    f.model()->setExpanded(QStringLiteral("MesosMaster"), false);
    DocumentActions actions(f.document.get());
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MesosMaster"), QStringLiteral("Master")));
    EXPECT_FALSE(f.model()->isExpanded(QStringLiteral("Master")));
    EXPECT_FALSE(f.find(QStringLiteral("Marathon")).isValid());
    f.document->undoStack()->undo();
    EXPECT_FALSE(f.model()->isExpanded(QStringLiteral("MesosMaster")));
    EXPECT_FALSE(f.find(QStringLiteral("Marathon")).isValid());

    f.selection.setSelectedNodes({QStringLiteral("MarathonLB")});
    EXPECT_TRUE(f.model()->isExpanded(QStringLiteral("MesosMaster")));
    const QModelIndexList selected = f.view->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(OutlineModel::NameRole).toString(),
              QStringLiteral("MarathonLB"));

    std::unique_ptr<QMenu> menu(f.outline.createContextMenu(QModelIndex()));
    auto *collapse = menu->findChild<QAction *>(QStringLiteral("collapseAll"));
    auto *expand = menu->findChild<QAction *>(QStringLiteral("expandAll"));
    ASSERT_NE(collapse, nullptr);
    ASSERT_NE(expand, nullptr);
    collapse->trigger();
    for (const QString &path : f.paths())
        EXPECT_FALSE(path.contains(QLatin1Char('/'))) << path.toStdString();
    expand->trigger();
    EXPECT_EQ(f.paths(), all);
}

TEST(Outline, rowsKeptCurrentThroughRandomEditsAndFoldingEqualAFreshBuild)
{
    // The rows are patched edit by edit (inserted, removed and moved in place); whatever the
    // order of edits, undos and folds, they must be what a model built afresh shows.
    Fixture f;
    DocumentActions actions(f.document.get());
    QRandomGenerator random(20261207);
    const auto anyNode = [&] {
        const NodeList &nodes = f.document->topology().nodes();
        return nodes.at(int(random.bounded(nodes.size()))).name;
    };
    for (int step = 0; step < 150; ++step) {
        QString what;
        switch (random.bounded(7)) {
        case 0:
            what = QStringLiteral("rename");
            actions.renameNode(anyNode(), QStringLiteral("Node_%1").arg(step));
            break;
        case 1:
            what = QStringLiteral("delete");
            actions.removeNodes({anyNode()});
            break;
        case 2:
            what = QStringLiteral("add");
            actions.addNode(QStringLiteral("org.alien4cloud.nodes.MesosDNS"), QPointF(), anyNode());
            break;
        case 3:
            what = QStringLiteral("re-host");
            actions.retarget(anyNode(), 0, anyNode());
            break;
        case 4:
            what = QStringLiteral("undo");
            f.document->undoStack()->undo();
            break;
        default: {
            const QString node = anyNode();
            what = QStringLiteral("fold ") + node;
            f.model()->setExpanded(node, !f.model()->isExpanded(node));
            break;
        }
        }
        OutlineModel fresh;
        fresh.setDocument(f.document.get());
        for (const NodeTemplate &node : f.document->topology().nodes()) {
            if (!f.model()->isExpanded(node.name))
                fresh.setExpanded(node.name, false);
        }
        ASSERT_EQ(f.paths(), pathsOf(&fresh))
            << "after step " << step << ": " << what.toStdString();
    }
}
