// SPDX-License-Identifier: GPL-3.0-or-later
// View > Workflows opens the panel beside the problems, on the open document.
#include "documentactions.h"
#include "mainwindow/mainwindow.h"
#include "testhelpers.h"
#include "topologydocument.h"
#include "workflow/workflowstepitem.h"
#include "workflow/workflowview.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;

namespace {

QAction *viewMenuEntry(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (QString(menu->text()).remove(QLatin1Char('&')) != QLatin1String("View"))
            continue;
        for (QAction *entry : menu->menu()->actions()) {
            if (QString(entry->text()).remove(QLatin1Char('&')) == text)
                return entry;
        }
    }
    return nullptr;
}

int stepItems(const WorkflowView &view)
{
    int count = 0;
    for (QGraphicsItem *item : view.scene()->items())
        count += dynamic_cast<WorkflowStepItem *>(item) != nullptr;
    return count;
}

} // namespace

TEST(WorkflowDock, TheViewMenuOpensItOnTheOpenDocument)
{
    QStandardPaths::setTestModeEnabled(true);
    auto window = std::make_unique<MainWindow>(Topologist::Test::changeableBundledCatalog());
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));

    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("workflowDock"));
    ASSERT_NE(dock, nullptr);
    WorkflowView *view = window->workflowView();
    ASSERT_NE(view, nullptr);
    // Behind the problems until asked for: nothing is worked out yet.
    QTest::qWait(100);
    EXPECT_EQ(stepItems(*view), 0);

    QAction *entry = viewMenuEntry(*window, QStringLiteral("Workflows"));
    ASSERT_NE(entry, nullptr);
    dock->close();
    entry->trigger();
    QTest::qWait(50);
    EXPECT_TRUE(dock->isVisible());
    EXPECT_TRUE(view->isVisible());
    ASSERT_EQ(view->workflows().size(), 2);
    EXPECT_EQ(stepItems(*view), view->workflows().first().stepCount());
}

TEST(WorkflowDock, ItsTabComingToTheFrontShowsTheLatestEdit)
{
    QStandardPaths::setTestModeEnabled(true);
    auto window = std::make_unique<MainWindow>(Topologist::Test::changeableBundledCatalog());
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/marathon/marathon.yml")));
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("workflowDock"));
    auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    ASSERT_NE(dock, nullptr);
    ASSERT_NE(problems, nullptr);
    dock->raise();
    QTest::qWait(50);
    const int before = stepItems(*window->workflowView());
    EXPECT_GT(before, 0);
    problems->raise();
    QTest::qWait(50);
    ASSERT_TRUE(window->document()->actions().removeNodes({QStringLiteral("MarathonLB")}));
    dock->raise();
    QTest::qWait(50);
    EXPECT_EQ(stepItems(*window->workflowView()),
              before - 10 - 6); // its lifecycle, its host's operations
}
