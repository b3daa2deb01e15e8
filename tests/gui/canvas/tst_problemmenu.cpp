// SPDX-License-Identifier: GPL-3.0-or-later
// A card's problem menu lists the problems its badge counts: all of those about the node, found
// by checking it or by a rule that looks at the whole topology.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "examplecanvas.h"
#include "plaintext.h"
#include "topologydocument.h"

#include <QMenu>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;

namespace {

/// The problem titles of a menu (its disabled entries, as QuickFixMenu writes them).
QStringList titlesOf(const QMenu &menu)
{
    QStringList titles;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator() && !action->isEnabled())
            titles << action->toolTip();
    }
    return titles;
}

} // namespace

class ProblemMenu : public ::testing::TestWithParam<const char *>
{
};

TEST_P(ProblemMenu, aCardsMenuListsEveryProblemAboutTheNodeNotOnAnArrow)
{
    Topologist::Test::ExampleCanvas example(QString::fromLatin1(GetParam()));
    ASSERT_NE(example.document, nullptr);
    TopologyScene *scene = example.canvas->scene();
    int checked = 0;
    for (const NodeItem *item : scene->nodeItems()) {
        QStringList expected;
        for (const Problem &p : example.document->problemsAbout(item->name())) {
            if (p.requirementIndex < 0
                || !scene->relationshipItem(item->name(), p.requirementIndex))
                expected << PlainText::toHtml(p.message);
        }
        if (expected.isEmpty())
            continue;
        ++checked;
        std::unique_ptr<QMenu> menu(scene->problemMenu(item->name(), -1, nullptr));
        EXPECT_EQ(titlesOf(*menu), expected) << qPrintable(item->name());
    }
    EXPECT_GT(checked, 0);
}

INSTANTIATE_TEST_SUITE_P(Examples,
                         ProblemMenu,
                         ::testing::Values("marathon", "mesos-ha", "aurora", "marathon-rexray"));
