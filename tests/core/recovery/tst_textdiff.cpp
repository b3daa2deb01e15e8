// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/textdiff.h"

#include <gtest/gtest.h>

using namespace Topologist;

TEST(TextDiff, equalTextsHaveNoChanges)
{
    const TextDiff diff(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"));
    EXPECT_TRUE(diff.isEmpty());
    EXPECT_EQ(diff.lines().size(), 2);
}

TEST(TextDiff, marksAddedAndRemovedLinesInOrder)
{
    const TextDiff diff(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nc\nx\nd\ny\n"));
    EXPECT_FALSE(diff.isEmpty());
    EXPECT_EQ(diff.toText(), QStringLiteral("  a\n- b\n  c\n+ x\n  d\n+ y\n"));
}

TEST(TextDiff, foldsLongUnchangedRuns)
{
    QStringList before;
    for (int i = 0; i < 20; ++i)
        before << QString::number(i);
    QStringList after = before;
    after[10] = QStringLiteral("ten");
    const QString text
        = TextDiff(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n'))).toText(2);
    EXPECT_EQ(text, QStringLiteral("  …\n  8\n  9\n- 10\n+ ten\n  11\n  12\n  …\n"));
}
