// SPDX-License-Identifier: GPL-3.0-or-later
// The excerpt under a syntax error: the line before, the line, a caret under the column.
#include "support/sourceexcerpt.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace Topologist;

TEST(SourceExcerpt, showsTheLineBeforeTheLineAndACaretUnderTheColumn)
{
    const QByteArray text = "topology_template:\n  node_templates: [a, b\nnext: 1\n";
    EXPECT_EQ(SourceExcerpt::of(text, 2, 19),
              QStringLiteral("1 | topology_template:\n"
                             "2 |   node_templates: [a, b\n"
                             "  |                   ^"));
}

TEST(SourceExcerpt, theFirstLineHasNoLineBeforeAndNoColumnNoCaret)
{
    const QByteArray text = "a: [\r\nb: 2\r\n";
    EXPECT_EQ(SourceExcerpt::of(text, 1, 4), QStringLiteral("1 | a: [\n  |    ^"));
    EXPECT_EQ(SourceExcerpt::of(text, 2, 0), QStringLiteral("1 | a: [\n2 | b: 2"));
}

TEST(SourceExcerpt, theGutterFitsTheWidestNumberAndTabsLineUp)
{
    QByteArray text;
    for (int i = 1; i < 10; ++i)
        text += "k" + QByteArray::number(i) + ": v\n";
    text += "\tbad: [\n";
    EXPECT_EQ(SourceExcerpt::of(text, 10, 7),
              QStringLiteral(" 9 | k9: v\n10 | \tbad: [\n   | \t     ^"));
}

TEST(SourceExcerpt, aLongLineIsCutAroundTheColumn)
{
    const QByteArray text = "key: " + QByteArray(300, 'x') + "!" + QByteArray(300, 'y') + "\n";
    const QString excerpt = SourceExcerpt::of(text, 1, 306);
    const QStringList lines = excerpt.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_LE(lines[0].size(), 110);
    EXPECT_TRUE(lines[0].contains(QLatin1Char('!')));
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("1 | \u2026")));
    EXPECT_TRUE(lines[0].endsWith(QChar(0x2026)));
    // The caret is under the '!'.
    EXPECT_EQ(lines[1].indexOf(QLatin1Char('^')), lines[0].indexOf(QLatin1Char('!')));
}

TEST(SourceExcerpt, aLineThatIsNotInTheTextGivesNothing)
{
    EXPECT_TRUE(SourceExcerpt::of("a: 1\n", 2, 1).isEmpty());
    EXPECT_TRUE(SourceExcerpt::of("a: 1\n", 0, 1).isEmpty());
    EXPECT_TRUE(SourceExcerpt::of(QByteArray(), 1, 1).isEmpty());
}
