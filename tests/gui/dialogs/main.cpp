// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtestsupport.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // CTest lists the tests without the test environment: stay offscreen there too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The dialogs keep profiles and folders in QSettings: never in the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 2;
    QCoreApplication::setOrganizationName(QStringLiteral("TopologistTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    Topologist::Test::setSettingsFolder(settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
