// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownwindowtest.h"

#include "canvas/canvaswidget.h"
#include "canvas/topologyscene.h"
#include "testhelpers.h"

#include <QAction>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>

namespace Topologist::Test {

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << QString(action->text()).remove(QLatin1Char('&'));
    }
    return texts;
}

void ShownWindowTest::SetUp()
{
    QStandardPaths::setTestModeEnabled(true);
    window = std::make_unique<MainWindow>(changeableBundledCatalog());
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
}

void ShownWindowTest::openExample(const QString &name)
{
    ASSERT_TRUE(window->newDocument(QStringLiteral(":/examples/%1/%1.yml").arg(name)));
    window->canvas()->scene()->flush();
}

} // namespace Topologist::Test
