// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/mainwindow.h"

#include <QString>
#include <QStringList>

class QMenu;

#include <gtest/gtest.h>

#include <memory>

namespace Topologist::Test {

/// The texts of a menu's entries, without separators or mnemonic marks.
QStringList menuTexts(const QMenu *menu);

/// A main window on screen (1400x900, active), as the tests that drive it with keys and clicks
/// need it.
class ShownWindowTest : public ::testing::Test
{
protected:
    void SetUp() override;
    /// Opens a bundled example ("marathon") as a new document, its scene built.
    void openExample(const QString &name);

    std::unique_ptr<MainWindow> window;
};

} // namespace Topologist::Test
