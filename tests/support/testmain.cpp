// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every GUI-free test executable (a test that needs a QApplication defines its
// own, and then this object file is not linked in). A QCoreApplication exists so that QProcess,
// translations and the compiled-in type library behave as they do in topologist-cli.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
