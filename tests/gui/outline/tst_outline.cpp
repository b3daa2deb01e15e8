// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "exampledocument.h"
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
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::openExample;

namespace {

struct Fixture
{
    Fixture()
        : document(openExample(QStringLiteral("marathon")))
    {
        outline.setDocument(document.get(), &selection);
        outline.resize(300, 500);
        view = outline.findChild<QTreeView *>(QStringLiteral("outlineView"));
        filter = outline.findChild<QLineEdit *>(QStringLiteral("outlineFilter"));
    }

    QAbstractItemModel *model() const { return view->model(); }

    QModelIndex find(const QString &node, const QModelIndex &parent = QModelIndex()) const
    {
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (index.data(OutlineModel::NameRole).toString() == node)
                return index;
            const QModelIndex below = find(node, index);
            if (below.isValid())
                return below;
        }
        return QModelIndex();
    }

    /// "Host/Child" paths of every row, to compare trees.
    QStringList paths(const QModelIndex &parent = QModelIndex(),
                      const QString &prefix = QString()) const
    {
        QStringList result;
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            const QString path = prefix + index.data(OutlineModel::NameRole).toString();
            result << path;
            result += paths(index, path + QLatin1Char('/'));
        }
        return result;
    }

    QString hostShown(const QString &node) const
    {
        return find(node).parent().data(OutlineModel::NameRole).toString();
    }

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    OutlineWidget outline;
    QTreeView *view = nullptr;
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
    for (int row = 0; row < f.model()->rowCount(); ++row)
        roots << f.model()->index(row, 0).data().toString();
    EXPECT_EQ(roots,
              QStringList({QStringLiteral("MasterCompute"),
                           QStringLiteral("SlaveCompute"),
                           QStringLiteral("SlaveCompute_2")}));
    const QModelIndex marathon = f.find(QStringLiteral("Marathon"));
    EXPECT_EQ(marathon.data(OutlineModel::ShortTypeRole).toString(), QStringLiteral("Marathon"));
    EXPECT_EQ(marathon.data(OutlineModel::TypeRole).toString(),
              QStringLiteral("org.alien4cloud.nodes.Marathon"));
    EXPECT_FALSE(qvariant_cast<QIcon>(marathon.data(Qt::DecorationRole)).isNull());
    EXPECT_TRUE(f.view->isExpanded(marathon.parent()));
}

TEST(Outline, followsEditsWithoutRebuilding)
{
    Fixture f;
    DocumentActions actions(f.document.get());
    QSignalSpy resets(f.model(), &QAbstractItemModel::modelReset);

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
    // Same tree as one built from scratch.
    OutlineWidget fresh;
    SelectionModel selection;
    fresh.setDocument(f.document.get(), &selection);
    auto *freshView = fresh.findChild<QTreeView *>(QStringLiteral("outlineView"));
    const std::function<QStringList(QAbstractItemModel *, const QModelIndex &, const QString &)>
        dump
        = [&dump](QAbstractItemModel *model, const QModelIndex &parent, const QString &prefix) {
              QStringList result;
              for (int row = 0; row < model->rowCount(parent); ++row) {
                  const QModelIndex index = model->index(row, 0, parent);
                  const QString path = prefix + index.data(OutlineModel::NameRole).toString();
                  result << path;
                  result += dump(model, index, path + QLatin1Char('/'));
              }
              return result;
          };
    EXPECT_EQ(f.paths(), dump(freshView->model(), QModelIndex(), QString()));
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
    EXPECT_TRUE(f.view->isExpanded(marathon)) << "double-click reveals, it does not fold";

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
        const QList<QStandardItem *> found = model.findItems(node, Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << node.toStdString();
        const QStandardItem *parent = found.first()->parent();
        EXPECT_EQ(parent ? parent->data(OutlineModel::NameRole).toString() : QString(),
                  context.hostOf(node))
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
    f.view->expand(row);

    DocumentActions actions(f.document.get());
    ASSERT_TRUE(actions.renameNode(QStringLiteral("MasterCompute"), QStringLiteral("Controller")));
    EXPECT_TRUE(row.isValid());
    EXPECT_EQ(row.data(OutlineModel::NameRole).toString(), QStringLiteral("Controller"));
    EXPECT_TRUE(f.view->isExpanded(row));
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
    // The sorting filter re-sorts on every change of a row (among all its siblings, thousands
    // in a large topology): a rename is one change, not one per role.
    Fixture f;
    const QModelIndex before = f.find(QStringLiteral("MesosMaster"));
    ASSERT_TRUE(before.isValid());
    const QVariant icon = before.data(Qt::DecorationRole);
    const QVariant tooltip = before.data(Qt::ToolTipRole);
    const auto *source = qobject_cast<const QSortFilterProxyModel *>(f.model());
    ASSERT_NE(source, nullptr);
    QSignalSpy changes(source->sourceModel(), &QAbstractItemModel::dataChanged);
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
