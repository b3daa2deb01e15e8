// SPDX-License-Identifier: GPL-3.0-or-later
// The first window fits the screen it opens on: 1400x900 where there is room, most of a
// small screen otherwise, centred, never beyond the available area.
#include "mainwindow/firstwindowgeometry.h"
#include "mainwindow/mainwindow.h"
#include "testhelpers.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace Topologist;

TEST(FirstWindowGeometry, aBigScreenGetsTheDesignedSizeCentred)
{
    const QRect screen(0, 0, 1920, 1080);
    const QRect window = FirstWindowGeometry::within(screen);
    EXPECT_EQ(window.size(), QSize(1400, 900));
    EXPECT_EQ(window.center(), screen.center());
}

TEST(FirstWindowGeometry, panelsWiderThanTheRoomStillStartOnTheScreen)
{
    const QRect screen(100, 0, 800, 600);
    const QRect window = FirstWindowGeometry::within(screen, QSize(790, 400));
    EXPECT_EQ(window.width(), 790);
    EXPECT_TRUE(screen.contains(window));
    const QRect tooBig = FirstWindowGeometry::within(screen, QSize(900, 700));
    EXPECT_EQ(tooBig.topLeft(), screen.topLeft());
    EXPECT_EQ(tooBig.size(), QSize(900, 700));
}

TEST(FirstWindowGeometry, aSmallScreenGetsMostOfItAndNothingBeyond)
{
    for (const QRect &screen :
         {QRect(0, 0, 1280, 720), QRect(0, 32, 1366, 736), QRect(1920, 0, 1024, 600)}) {
        const QRect window = FirstWindowGeometry::within(screen);
        EXPECT_TRUE(screen.contains(window)) << screen.width() << "x" << screen.height();
        EXPECT_GE(window.width(), screen.width() * 9 / 10);
        EXPECT_GE(window.height(), screen.height() * 85 / 100);
        EXPECT_LE(qAbs(window.center().x() - screen.center().x()), 1);
    }
}

TEST(FirstWindowGeometry, theFirstMainWindowFitsItsScreen)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    MainWindow window(Topologist::Test::changeableBundledCatalog());
    const QScreen *screen = QGuiApplication::primaryScreen();
    ASSERT_NE(screen, nullptr);
    const QRect available = screen->availableGeometry();
    const QSize least = window.minimumSizeHint();
    EXPECT_EQ(window.geometry(), FirstWindowGeometry::within(available, least));
    // The offscreen test screen (800 pixels wide) is narrower than 1400 but wide enough for
    // the panels: the window fits it.
    ASSERT_LE(least.width(), available.width());
    ASSERT_LE(least.height(), available.height());
    EXPECT_TRUE(available.contains(window.geometry()));
}

TEST(FirstWindowGeometry, theSidePanelsStartAtTheirDesignedWidths)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    QSettings().remove(QStringLiteral("mainWindow/state"));
    MainWindow window(Topologist::Test::changeableBundledCatalog());
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Docks added after the widths were set used to take their share of them: the Properties
    // column started a third as wide as designed.
    const auto *properties = window.findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
    const auto *types = window.findChild<QDockWidget *>(QStringLiteral("paletteDock"));
    ASSERT_NE(properties, nullptr);
    ASSERT_NE(types, nullptr);
    EXPECT_GE(properties->width(), 300);
    EXPECT_GE(types->width(), 230);
}
