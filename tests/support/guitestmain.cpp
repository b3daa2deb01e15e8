// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test executable with widgets (topologist_gui_test_main); the GUI-free
// ones get testmain.cpp.
#include "testhelpers.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // CTest lists the tests (gtest_discover_tests) without the test environment: stay offscreen
    // there too rather than fail for want of a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef TOPOLOGIST_TEST_SCALE_FACTOR
    // topologist_gui_test_main_2x: the tests of a high-DPI screen.
    qputenv("QT_SCALE_FACTOR", TOPOLOGIST_TEST_SCALE_FACTOR);
#endif
    QApplication app(argc, argv);
    // The application name stays the executable's, so each test binary has settings of its own
    // name; the folder they live in is a temporary one per process, never the user's.
    QApplication::setOrganizationName(QStringLiteral("TopologistTests"));
    if (!Topologist::Test::useOwnSettingsFolder())
        return 2;
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
