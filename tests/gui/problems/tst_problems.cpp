// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "problems/problemlist.h"
#include "problems/problemmodel.h"
#include "problems/problemrowdelegate.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;
using Topologist::Test::openExample;

namespace {

const QString filterCode = QStringLiteral("TOPO-FILTER-002");

struct Fixture
{
    Fixture()
        : document(openExample(QStringLiteral("marathon")))
    {
        list.setDocument(document.get(), &selection);
        list.resize(900, 300);
        view = list.findChild<QTreeView *>(QStringLiteral("problemView"));
    }

    QAbstractItemModel *model() const { return view->model(); }

    /// MasterCompute on Fedora: the Mesos master's host filter (Ubuntu or CentOS) fails.
    void breakMasterOs()
    {
        DocumentActions(document.get())
            .setCapabilityProperty(QStringLiteral("MasterCompute"),
                                   QStringLiteral("os"),
                                   QStringLiteral("distribution"),
                                   Value::scalar(QStringLiteral("fedora")));
    }

    /// The list on screen with the filter problem of breakMasterOs(), which has a quick fix:
    /// the problem's row.
    QModelIndex showFixableProblem()
    {
        list.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&list));
        breakMasterOs();
        return problemRow(filterProblemNode(), filterCode);
    }

    /// The node the document reports the filter problem on.
    QString filterProblemNode() const
    {
        for (const Problem &p : document->problems()) {
            if (p.code == filterCode && !p.fixes.isEmpty())
                return p.node;
        }
        return QString();
    }

    QModelIndex severityRow(Severity severity) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex index = model()->index(row, 0);
            if (index.data(ProblemModel::SeverityRole).toInt() == int(severity))
                return index;
        }
        return QModelIndex();
    }

    /// The first problem row with `code` under Errors, in the group of `node`.
    QModelIndex problemRow(const QString &node, const QString &code) const
    {
        const QModelIndex errors = severityRow(Severity::Error);
        for (int row = 0; errors.isValid() && row < model()->rowCount(errors); ++row) {
            const QModelIndex index = model()->index(row, 0, errors);
            if (index.data(ProblemModel::KindRole).toInt() == ProblemModel::ProblemRow
                && groupOf(index).data(ProblemModel::NodeRole).toString() == node
                && index.siblingAtColumn(ProblemModel::CodeColumn).data().toString() == code)
                return index;
        }
        return QModelIndex();
    }

    /// The node row a problem row is shown under: the nearest above it.
    QModelIndex groupOf(const QModelIndex &problem) const
    {
        for (int row = problem.row() - 1; row >= 0; --row) {
            const QModelIndex above = model()->index(row, 0, problem.parent());
            if (above.data(ProblemModel::KindRole).toInt() == ProblemModel::NodeRow)
                return above;
        }
        return QModelIndex();
    }

    /// The node row of `node` under Errors.
    QModelIndex nodeRow(const QString &node) const
    {
        const QModelIndex errors = severityRow(Severity::Error);
        for (int row = 0; errors.isValid() && row < model()->rowCount(errors); ++row) {
            const QModelIndex index = model()->index(row, 0, errors);
            if (index.data(ProblemModel::KindRole).toInt() == ProblemModel::NodeRow
                && index.data(ProblemModel::NodeRole).toString() == node)
                return index;
        }
        return QModelIndex();
    }

    int rowsUnder(const QModelIndex &parent) const
    {
        int rows = 0;
        for (int row = 0; row < model()->rowCount(parent); ++row)
            rows += 1 + rowsUnder(model()->index(row, 0, parent));
        return rows;
    }

    std::unique_ptr<TopologyDocument> document;
    SelectionModel selection;
    ProblemList list;
    QTreeView *view = nullptr;
};

QAction *findAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

/// A real double-click: press and release, then the double-click event (QTest's widget overload
/// of mouseDClick sends only the latter, which item views take for a fresh press).
void doubleClick(QWidget *viewport, const QPoint &pos)
{
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, pos);
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, pos);
}

} // namespace

TEST(ProblemList, aMistakeAppearsUnderErrorsWithItsNode)
{
    Fixture f;
    ASSERT_NE(f.view, nullptr);
    EXPECT_FALSE(f.severityRow(Severity::Error).isValid()) << "the example has no error";
    f.breakMasterOs();
    const QString node = f.filterProblemNode();
    ASSERT_FALSE(node.isEmpty());
    const QModelIndex errors = f.severityRow(Severity::Error);
    ASSERT_TRUE(errors.isValid());
    EXPECT_TRUE(errors.data().toString().startsWith(QLatin1String("Errors (")));
    const QModelIndex problem = f.problemRow(node, filterCode);
    ASSERT_TRUE(problem.isValid());
    EXPECT_EQ(f.groupOf(problem).data(ProblemModel::NodeRole).toString(), node);
    EXPECT_EQ(problem.parent(), errors);
    EXPECT_FALSE(problem.data().toString().isEmpty()) << "the message";
    EXPECT_TRUE(f.view->isExpanded(errors)) << "a new problem is visible";
    EXPECT_TRUE(f.list.summary().contains(QLatin1String("error")))
        << f.list.summary().toStdString();
}

TEST(ProblemList, quickFixFromTheContextMenuIsOneUndoStep)
{
    Fixture f;
    f.breakMasterOs();
    const QString node = f.filterProblemNode();
    const QModelIndex problem = f.problemRow(node, filterCode);
    ASSERT_TRUE(problem.isValid());
    std::unique_ptr<QMenu> menu(f.list.createContextMenu(problem));
    ASSERT_NE(menu, nullptr);
    QAction *fix = findAction(menu.get(), QStringLiteral("quickFix"));
    ASSERT_NE(fix, nullptr);
    EXPECT_FALSE(fix->text().isEmpty());
    EXPECT_NE(findAction(menu.get(), QStringLiteral("copyMessage")), nullptr);

    const int commands = f.document->undoStack()->count();
    fix->trigger();
    EXPECT_EQ(f.document->undoStack()->count(), commands + 1);
    EXPECT_FALSE(f.problemRow(node, filterCode).isValid()) << "the fixed problem left the list";

    f.document->undoStack()->undo();
    EXPECT_TRUE(f.problemRow(node, filterCode).isValid()) << "undo brings it back";
    f.document->undoStack()->redo();
    EXPECT_FALSE(f.problemRow(node, filterCode).isValid());
}

TEST(ProblemList, copyMessagePutsItOnTheClipboard)
{
    Fixture f;
    f.breakMasterOs();
    const QModelIndex problem = f.problemRow(f.filterProblemNode(), filterCode);
    ASSERT_TRUE(problem.isValid());
    std::unique_ptr<QMenu> menu(f.list.createContextMenu(problem));
    findAction(menu.get(), QStringLiteral("copyMessage"))->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), problem.data().toString());
}

TEST(ProblemList, doubleClickSelectsTheNodeAndAsksToRevealIt)
{
    Fixture f;
    f.list.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.list));
    f.breakMasterOs();
    const QString node = f.filterProblemNode();
    const QModelIndex problem = f.problemRow(node, filterCode);
    ASSERT_TRUE(problem.isValid());
    QSignalSpy reveal(&f.list, &ProblemList::revealNode);
    f.view->scrollTo(problem);
    doubleClick(f.view->viewport(), f.view->visualRect(problem).center());
    EXPECT_EQ(f.selection.selectedNodes(), QStringList({node}));
    ASSERT_EQ(reveal.count(), 1);
    EXPECT_EQ(reveal.at(0).at(0).toString(), node);
}

TEST(ProblemList, keepsTheCurrentRowWhenOtherNodesChange)
{
    Fixture f;
    f.breakMasterOs();
    const QString node = f.filterProblemNode();
    const QPersistentModelIndex current = f.problemRow(node, filterCode);
    ASSERT_TRUE(current.isValid());
    f.view->setCurrentIndex(current);
    // A mistake elsewhere adds rows but must not reset the tree.
    QSignalSpy resets(f.model(), &QAbstractItemModel::modelReset);
    DocumentActions(f.document.get())
        .setProperty(QStringLiteral("MesosSlave"),
                     QStringLiteral("port"),
                     Value::scalar(QStringLiteral("http")));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_TRUE(current.isValid());
    EXPECT_EQ(f.view->currentIndex(), QModelIndex(current));
    EXPECT_EQ(QModelIndex(current).siblingAtColumn(ProblemModel::CodeColumn).data().toString(),
              filterCode);
}

TEST(ProblemList, severityTogglesAndTextFilter)
{
    Fixture f;
    f.breakMasterOs();
    const QString node = f.filterProblemNode();
    ASSERT_TRUE(f.problemRow(node, filterCode).isValid());
    auto *errors = f.list.findChild<QToolButton *>(QStringLiteral("problemsShowErrors"));
    ASSERT_NE(errors, nullptr);
    errors->click();
    EXPECT_FALSE(f.severityRow(Severity::Error).isValid());
    errors->click();
    EXPECT_TRUE(f.problemRow(node, filterCode).isValid());

    auto *filter = f.list.findChild<QLineEdit *>(QStringLiteral("problemsFilter"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("no-such-text"));
    EXPECT_EQ(f.model()->rowCount(), 0);
    filter->clear();
    QTest::keyClicks(filter, filterCode.toLower());
    EXPECT_TRUE(f.problemRow(node, filterCode).isValid());
    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
}

TEST(ProblemList, followsTheDocumentThroughManyEdits)
{
    // The incremental updates must leave the same rows as a list built from scratch.
    Fixture f;
    DocumentActions actions(f.document.get());
    f.breakMasterOs();
    actions.setProperty(
        QStringLiteral("MesosSlave"), QStringLiteral("port"), Value::scalar(QStringLiteral("x")));
    actions.setProperty(
        QStringLiteral("MesosSlave_2"), QStringLiteral("port"), Value::scalar(QStringLiteral("y")));
    actions.removeNodes({QStringLiteral("MesosDNS")});
    actions.renameNode(QStringLiteral("MasterCompute"), QStringLiteral("Masters"));
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    f.document->undoStack()->redo();

    ProblemList fresh;
    SelectionModel selection;
    fresh.setDocument(f.document.get(), &selection);
    auto *freshView = fresh.findChild<QTreeView *>(QStringLiteral("problemView"));
    const std::function<QStringList(QAbstractItemModel *, const QModelIndex &)> dump
        = [&dump](QAbstractItemModel *model, const QModelIndex &parent) {
              QStringList lines;
              for (int row = 0; row < model->rowCount(parent); ++row) {
                  const QModelIndex index = model->index(row, 0, parent);
                  QStringList cells;
                  for (int column = 0; column < model->columnCount(parent); ++column)
                      cells << index.siblingAtColumn(column).data().toString();
                  lines << cells.join(QLatin1Char('|'));
                  lines += dump(model, index);
              }
              return lines;
          };
    EXPECT_EQ(dump(f.model(), QModelIndex()), dump(freshView->model(), QModelIndex()));
    EXPECT_EQ(f.list.summary(), fresh.summary());
}

TEST(ProblemList, topologyProblemsShowTheirLocation)
{
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes("tosca_definitions_version: alien_dsl_1_4_0\n"
                                                "imports:\n  - no-such-archive:1.0\n"
                                                "topology_template:\n  node_templates: {}\n",
                                                QStringLiteral("broken.yml"),
                                                bundledCatalog(),
                                                &diagnostics);
    ASSERT_NE(document, nullptr);
    ASSERT_FALSE(document->problems().isEmpty());
    ProblemList list;
    SelectionModel selection;
    list.setDocument(document.get(), &selection);
    auto *view = list.findChild<QTreeView *>(QStringLiteral("problemView"));
    QStringList locations;
    for (int s = 0; s < view->model()->rowCount(); ++s) {
        const QModelIndex severity = view->model()->index(s, 0);
        for (int row = 0; row < view->model()->rowCount(severity); ++row) {
            const QModelIndex index = view->model()->index(row, 0, severity);
            EXPECT_TRUE(index.data(ProblemModel::NodeRole).toString().isEmpty());
            if (index.data(ProblemModel::KindRole).toInt() == ProblemModel::ProblemRow)
                locations << index.siblingAtColumn(ProblemModel::LocationColumn).data().toString();
        }
    }
    ASSERT_FALSE(locations.isEmpty());
    EXPECT_TRUE(locations.first().startsWith(QLatin1String("broken.yml")))
        << locations.first().toStdString();
}

TEST(ProblemList, clickingAProblemsBulbOpensItsFixes)
{
    Fixture f;
    const QModelIndex problem = f.showFixableProblem();
    ASSERT_TRUE(problem.isValid());
    const QModelIndex code = problem.siblingAtColumn(ProblemModel::CodeColumn);
    f.view->scrollTo(code);
    const QRect cell = f.view->visualRect(code);
    ASSERT_FALSE(cell.isEmpty());

    // Beside the bulb, the click only selects.
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, cell.center() + QPoint(30, 0));
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);

    QTest::mouseClick(
        f.view->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 8, cell.center().y()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    QAction *fix = findAction(menu, QStringLiteral("quickFix"));
    ASSERT_NE(fix, nullptr);
    fix->trigger();
    menu->close();
    EXPECT_TRUE(f.filterProblemNode().isEmpty()) << "the fix was applied";
}

TEST(ProblemList, altEnterOnAProblemOpensItsFixes)
{
    Fixture f;
    const QModelIndex problem = f.showFixableProblem();
    ASSERT_TRUE(problem.isValid());
    f.view->setFocus();
    f.view->setCurrentIndex(problem);

    QTest::keyClick(f.view, Qt::Key_Return, Qt::AltModifier);

    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    EXPECT_NE(findAction(menu, QStringLiteral("quickFix")), nullptr);
    menu->close();
}

TEST(ProblemList, problemsAreSiblingsOfTheirNodeRowSoTheViewExpandsOnlySeverities)
{
    // A view keeps a persistent index per expanded row and walks them all on every row change:
    // node rows must not be expanded rows, whatever the number of nodes with problems.
    Fixture f;
    f.breakMasterOs();
    const QModelIndex node = f.nodeRow(f.filterProblemNode());
    ASSERT_TRUE(node.isValid());
    EXPECT_EQ(f.model()->rowCount(node), 0);
    EXPECT_FALSE(f.model()->hasChildren(node));
    const QModelIndex problem = f.problemRow(f.filterProblemNode(), filterCode);
    ASSERT_TRUE(problem.isValid());
    EXPECT_EQ(problem.parent(), node.parent());
    EXPECT_GT(problem.row(), node.row());
}

TEST(ProblemList, aNodeRowFoldsByItsArrowAndTheArrowKeys)
{
    Fixture f;
    ASSERT_TRUE(f.showFixableProblem().isValid());
    const QString node = f.filterProblemNode();
    QModelIndex header = f.nodeRow(node);
    f.view->scrollTo(header);
    QTest::mouseClick(f.view->viewport(),
                      Qt::LeftButton,
                      Qt::NoModifier,
                      ProblemRowDelegate::arrowRect(f.view->visualRect(header)).center());
    EXPECT_FALSE(f.problemRow(node, filterCode).isValid()) << "its problems are folded away";
    header = f.nodeRow(node);
    ASSERT_TRUE(header.isValid()) << "the node row stays";
    EXPECT_TRUE(header.data(ProblemModel::FoldedRole).toBool());

    f.view->setFocus();
    f.view->setCurrentIndex(header);
    QTest::keyClick(f.view, Qt::Key_Right);
    const QModelIndex problem = f.problemRow(node, filterCode);
    ASSERT_TRUE(problem.isValid());
    f.view->setCurrentIndex(problem);
    QTest::keyClick(f.view, Qt::Key_Left);
    EXPECT_EQ(f.view->currentIndex().siblingAtColumn(0), f.nodeRow(node)) << "Left goes up";
    QTest::keyClick(f.view, Qt::Key_Left);
    EXPECT_TRUE(f.nodeRow(node).data(ProblemModel::FoldedRole).toBool());
}

TEST(ProblemList, aFoldedNodeStaysFoldedThroughEditsAndTheFilterFindsItsProblems)
{
    Fixture f;
    f.breakMasterOs();
    const QString node = f.filterProblemNode();
    auto *model = f.list.findChild<ProblemModel *>();
    ASSERT_NE(model, nullptr);
    model->setFolded(model->nodeIndex(Severity::Error, node), true);
    EXPECT_FALSE(f.problemRow(node, filterCode).isValid());

    // Its problems go and come back: the folding stays.
    f.document->undoStack()->undo();
    EXPECT_FALSE(f.nodeRow(node).isValid());
    f.document->undoStack()->redo();
    ASSERT_TRUE(f.nodeRow(node).isValid());
    EXPECT_TRUE(f.nodeRow(node).data(ProblemModel::FoldedRole).toBool());

    // A filter that matches only its (folded) problems keeps its row.
    auto *filter = f.list.findChild<QLineEdit *>(QStringLiteral("problemsFilter"));
    QTest::keyClicks(filter, filterCode.toLower());
    EXPECT_TRUE(f.nodeRow(node).isValid());
    filter->clear();

    std::unique_ptr<QMenu> menu(f.list.createContextMenu(f.nodeRow(node)));
    ASSERT_NE(menu, nullptr);
    findAction(menu.get(), QStringLiteral("expandAll"))->trigger();
    EXPECT_TRUE(f.problemRow(node, filterCode).isValid());
    std::unique_ptr<QMenu> again(f.list.createContextMenu(f.nodeRow(node)));
    findAction(again.get(), QStringLiteral("collapseAll"))->trigger();
    EXPECT_FALSE(f.problemRow(node, filterCode).isValid());
    EXPECT_TRUE(f.nodeRow(node).isValid());
}

TEST(ProblemList, rowsKeptCurrentThroughRandomEditsAndFoldsEqualAFreshModel)
{
    Fixture f;
    ProblemModel live;
    live.setDocument(f.document.get());
    QObject::connect(
        f.document.get(), &TopologyDocument::problemsChanged, &live, [&live] { live.refresh(); });
    DocumentActions actions(f.document.get());
    QRandomGenerator random(20261207);
    const auto dump = [](const ProblemModel &model) {
        QStringList lines;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex severity = model.index(s, 0);
            lines << severity.data().toString();
            for (int row = 0; row < model.rowCount(severity); ++row) {
                const QModelIndex index = model.index(row, 0, severity);
                lines << QStringLiteral("  %1|%2|%3")
                             .arg(index.data().toString(),
                                  index.siblingAtColumn(ProblemModel::CodeColumn).data().toString())
                             .arg(index.data(ProblemModel::FoldedRole).toBool());
            }
        }
        return lines;
    };
    const QStringList ports{QStringLiteral("x"), QStringLiteral("5050"), QStringLiteral("y")};
    const QStringList names{
        QStringLiteral("port"), QStringLiteral("extra_a"), QStringLiteral("extra_b")};
    for (int step = 0; step < 120; ++step) {
        const NodeList &nodes = f.document->topology().nodes();
        const QString node = nodes.at(int(random.bounded(nodes.size()))).name;
        switch (random.bounded(5)) {
        case 0:
        case 1:
            // Unknown properties beside a bad port: a node's group grows and shrinks in place.
            actions.setProperty(node,
                                names.at(int(random.bounded(names.size()))),
                                Value::scalar(ports.at(int(random.bounded(ports.size())))));
            break;
        case 2:
            f.document->undoStack()->undo();
            break;
        default: {
            const Severity severity = Severity(random.bounded(3));
            const QModelIndex header = live.nodeIndex(severity, node);
            if (header.isValid())
                live.setFolded(header, !live.isFolded(header));
            break;
        }
        }
        ProblemModel fresh;
        fresh.setDocument(f.document.get());
        for (int s = 0; s < live.rowCount(); ++s) {
            const QModelIndex severity = live.index(s, 0);
            for (int row = 0; row < live.rowCount(severity); ++row) {
                const QModelIndex index = live.index(row, 0, severity);
                if (index.data(ProblemModel::FoldedRole).toBool())
                    fresh.setFolded(
                        fresh.nodeIndex(Severity(s), index.data(ProblemModel::NodeRole).toString()),
                        true);
            }
        }
        ASSERT_EQ(dump(live), dump(fresh)) << "after step " << step;
    }
}
