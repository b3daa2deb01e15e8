// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "exampledocument.h"
#include "problems/problemlist.h"
#include "problems/problemmodel.h"
#include "selectionmodel.h"
#include "testhelpers.h"
#include "topologydocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
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

    /// The first problem row with `code` under Errors > `node`.
    QModelIndex problemRow(const QString &node, const QString &code) const
    {
        const QModelIndex errors = severityRow(Severity::Error);
        for (int n = 0; errors.isValid() && n < model()->rowCount(errors); ++n) {
            const QModelIndex nodeRow = model()->index(n, 0, errors);
            if (nodeRow.data(ProblemModel::NodeRole).toString() != node)
                continue;
            for (int p = 0; p < model()->rowCount(nodeRow); ++p) {
                const QModelIndex problem = model()->index(p, 0, nodeRow);
                if (problem.siblingAtColumn(ProblemModel::CodeColumn).data().toString() == code)
                    return problem;
            }
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
    EXPECT_EQ(problem.parent().data(ProblemModel::NodeRole).toString(), node);
    EXPECT_FALSE(problem.data().toString().isEmpty()) << "the message";
    EXPECT_TRUE(f.view->isExpanded(errors) && f.view->isExpanded(problem.parent()))
        << "a new problem is visible";
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
        for (int n = 0; n < view->model()->rowCount(severity); ++n) {
            const QModelIndex group = view->model()->index(n, 0, severity);
            EXPECT_TRUE(group.data(ProblemModel::NodeRole).toString().isEmpty());
            for (int p = 0; p < view->model()->rowCount(group); ++p)
                locations << view->model()
                                 ->index(p, ProblemModel::LocationColumn, group)
                                 .data()
                                 .toString();
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
