// SPDX-License-Identifier: GPL-3.0-or-later
// A file that cannot be opened says why, and for a syntax error shows the line with a caret
// under the column, as a compiler would.
#include "mainwindow/mainwindow.h"
#include "testhelpers.h"
#include "waitforopen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Topologist;
using namespace Topologist::Test;

namespace {

/// Opens @p path in a new window and returns the informative text of the box that refuses it.
QString refusal(const QString &path, QFont *font = nullptr)
{
    MainWindow window(changeableBundledCatalog());
    QString text;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer.stop();
        text = box->informativeText();
        if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
            label && font)
            *font = label->font();
        box->button(QMessageBox::Ok)->click();
    });
    timer.start();
    EXPECT_FALSE(openAndWait(window, path));
    return text;
}

} // namespace

TEST(UnreadableFile, aSyntaxErrorShowsItsLineWithACaretInAFixedFont)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.yml"));
    ASSERT_TRUE(writeFile(path,
                          "tosca_definitions_version: alien_dsl_1_4_0\n"
                          "topology_template:\n"
                          "  node_templates:\n"
                          "    web: {type: tosca.nodes.Compute\n"
                          "  outputs: {}\n"));
    QFont font;
    const QString text = refusal(path, &font);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("broken.yml:5:10: error:"))) << text.toStdString();
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The diagnostic, a blank line, the line before, the line and the caret.
    ASSERT_GE(lines.size(), 4) << text.toStdString();
    EXPECT_EQ(lines[lines.size() - 3], QStringLiteral("4 |     web: {type: tosca.nodes.Compute"));
    EXPECT_EQ(lines[lines.size() - 2], QStringLiteral("5 |   outputs: {}"));
    EXPECT_EQ(lines.constLast(), QStringLiteral("  |          ^"));
    EXPECT_EQ(font.family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
}

TEST(UnreadableFile, aFileWithoutALineToShowHasNoExcerpt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.yml"));
    ASSERT_TRUE(writeFile(path, QByteArray()));
    const QString text = refusal(path);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_FALSE(text.contains(QLatin1Char('^'))) << text.toStdString();
}
