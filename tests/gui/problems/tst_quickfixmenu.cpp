// SPDX-License-Identifier: GPL-3.0-or-later
#include "problems/quickfixmenu.h"

#include "exampledocument.h"
#include "topologydocument.h"

#include <QMenu>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace Topologist;

namespace {

Problem problem(const QString &message, const QStringList &fixes)
{
    Problem p;
    p.severity = Severity::Warning;
    p.message = message;
    for (const QString &description : fixes) {
        QuickFix fix;
        fix.description = description;
        p.fixes.append(fix);
    }
    return p;
}

QStringList texts(const QMenu &menu, bool enabled)
{
    QStringList list;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator() && action->isEnabled() == enabled)
            list << action->text();
    }
    return list;
}

} // namespace

TEST(QuickFixMenu, AMenuListsEachProblemWithItsFixes)
{
    QuickFixMenu fixes;
    const std::unique_ptr<QMenu> menu(fixes.createMenu(
        {problem(QStringLiteral("first"), {QStringLiteral("Fix A")}),
         problem(QStringLiteral("second"), {QStringLiteral("Fix B"), QStringLiteral("Fix C")})},
        nullptr));
    EXPECT_EQ(texts(*menu, false),
              QStringList({QStringLiteral("first"), QStringLiteral("second")}));
    EXPECT_EQ(
        texts(*menu, true),
        QStringList({QStringLiteral("Fix A"), QStringLiteral("Fix B"), QStringLiteral("Fix C")}));
}

TEST(QuickFixMenu, AMenuWithoutFixesSaysSo)
{
    QuickFixMenu fixes;
    const std::unique_ptr<QMenu> menu(
        fixes.createMenu({problem(QStringLiteral("unfixable"), {})}, nullptr));
    EXPECT_TRUE(texts(*menu, true).isEmpty());
    EXPECT_TRUE(texts(*menu, false).contains(QStringLiteral("No quick fix available")));
}

TEST(QuickFixMenu, TheSameFixOfSeveralProblemsIsOfferedOnce)
{
    QuickFixMenu fixes;
    QMenu menu;
    const int added = fixes.addFixes(
        &menu,
        {problem(QStringLiteral("one"), {QStringLiteral("Same")}),
         problem(QStringLiteral("two"), {QStringLiteral("Same"), QStringLiteral("Other")})});
    EXPECT_EQ(added, 2);
    EXPECT_EQ(texts(menu, true), QStringList({QStringLiteral("Same"), QStringLiteral("Other")}));
}

TEST(QuickFixMenu, AFixThatNoLongerAppliesSaysWhyAndChangesNothing)
{
    const std::unique_ptr<TopologyDocument> document
        = Topologist::Test::openExample(QStringLiteral("marathon"));
    QuickFixMenu fixes;
    fixes.setDocument(document.get());
    QSignalSpy messages(&fixes, &QuickFixMenu::statusMessage);
    QuickFix stale;
    stale.description = QStringLiteral("Set a property of a node that is gone");
    QuickFixEdit edit;
    edit.kind = QuickFixEdit::Kind::SetProperty;
    edit.node = QStringLiteral("NoSuchNode");
    edit.property = QStringLiteral("port");
    edit.value = Value::scalar(QStringLiteral("1"));
    stale.edits.append(edit);
    EXPECT_FALSE(fixes.apply(stale));
    EXPECT_EQ(document->undoStack()->count(), 0);
    ASSERT_EQ(messages.count(), 1);
    EXPECT_TRUE(messages.first().first().toString().startsWith(
        QStringLiteral("Could not apply \"Set a property of a node that is gone\"")));
}
