// SPDX-License-Identifier: GPL-3.0-or-later
// CommentScanner: which `#` start a comment (YAML's rule) and how comment lines group.
#include "yaml/commentscanner.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

/// Every comment text found, in order.
QStringList texts(const QByteArray &yaml)
{
    QStringList found;
    for (const CommentScanner::Block &block : CommentScanner::scan(yaml))
        found += block.lines;
    return found;
}

} // namespace

TEST(CommentScanner, GroupsWholeLineCommentsAndNamesTheNextContentLine)
{
    const QList<CommentScanner::Block> blocks
        = CommentScanner::scan("# one\n#two\n\n  # three\nkey: value # four\n# five\n");
    ASSERT_EQ(blocks.size(), 4);
    EXPECT_EQ(blocks[0].lines, QStringList({"# one", "#two"}));
    EXPECT_EQ(blocks[0].line, 1);
    EXPECT_EQ(blocks[0].lastLine, 2);
    EXPECT_EQ(blocks[0].nextLine, 5);
    EXPECT_FALSE(blocks[0].trailing);
    // A blank line starts a new block, which goes with the same content line.
    EXPECT_EQ(blocks[1].lines, QStringList({"# three"}));
    EXPECT_EQ(blocks[1].line, 4);
    EXPECT_EQ(blocks[1].nextLine, 5);
    EXPECT_EQ(blocks[2].lines, QStringList({"# four"}));
    EXPECT_EQ(blocks[2].line, 5);
    EXPECT_TRUE(blocks[2].trailing);
    EXPECT_EQ(blocks[3].lines, QStringList({"# five"}));
    EXPECT_EQ(blocks[3].nextLine, 0); // nothing follows
}

TEST(CommentScanner, HashWithoutWhiteSpaceBeforeItIsText)
{
    EXPECT_EQ(texts("a: b#c\nd#e: f\ng: h #i\n"), QStringList({"#i"}));
}

TEST(CommentScanner, HashInQuotedScalarsIsText)
{
    EXPECT_EQ(texts("a: \"x # y\" # real\n"
                    "b: 'it''s # not' # real too\n"
                    "c: \"escaped \\\" # still text\"\n"
                    "\"d # key\": 1\n"),
              QStringList({"# real", "# real too"}));
}

TEST(CommentScanner, QuotedScalarsSpanLines)
{
    EXPECT_EQ(texts("a: \"first\n  # inside the string\n  end\" # after\n"),
              QStringList({"# after"}));
}

TEST(CommentScanner, ApostropheInsidePlainScalarOpensNoQuote)
{
    EXPECT_EQ(texts("a: it's here # comment\nb: 1 # second\n"),
              QStringList({"# comment", "# second"}));
}

TEST(CommentScanner, BlockScalarContentIsText)
{
    EXPECT_EQ(
        texts("a: | # header comment\n"
              "  # content\n"
              "\n"
              "  more # content\n"
              "# after the scalar\n"
              "b: >-\n"
              "    # folded content\n"
              "  # indented comment after it\n"),
        QStringList({"# header comment", "# after the scalar", "# indented comment after it"}));
}

TEST(CommentScanner, BlockScalarInListItemsEndsAtTheItemsKeys)
{
    EXPECT_EQ(texts("- key: |\n"
                    "    # content\n"
                    "  # comment on the next key\n"
                    "  other: 1\n"
                    "- |\n"
                    "  # content of the item\n"
                    "# top\n"),
              QStringList({"# comment on the next key", "# top"}));
}

TEST(CommentScanner, FlowCollections)
{
    EXPECT_EQ(texts("a: [ x, 'y # no', {k: \"#no\"} ] # yes\n"
                    "b: [\n"
                    "  # inside the flow list\n"
                    "  z ]\n"),
              QStringList({"# yes", "# inside the flow list"}));
}

TEST(CommentScanner, TagsAndAnchorsBeforeQuotes)
{
    EXPECT_EQ(texts("a: !!str \"x # no\" # yes\nb: &anchor 'y # no'\n"), QStringList({"# yes"}));
}
