// SPDX-License-Identifier: GPL-3.0-or-later
// Value is small and shares what lists and maps hold between copies (issue 13); a copy must still
// behave as an independent value, and every value keeps its file, line and column.
#include "model/compactlocation.h"
#include "model/value.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

Value portMap()
{
    Value map = Value::map();
    map.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("80")));
    map.insert(
        QStringLiteral("hosts"),
        Value::list({Value::scalar(QStringLiteral("a")), Value::scalar(QStringLiteral("b"))}));
    return map;
}

} // namespace

TEST(Value, ChangingACopyLeavesTheOriginalAsItWas)
{
    const Value original = portMap();
    Value copy = original;
    copy.insert(QStringLiteral("port"), Value::scalar(QStringLiteral("8080")));
    copy.entries().push_back({QStringLiteral("extra"), Value::scalar(QStringLiteral("x")), {}});
    copy.find(QStringLiteral("hosts"))->append(Value::scalar(QStringLiteral("c")));

    EXPECT_EQ(original.value(QStringLiteral("port")).text(), QStringLiteral("80"));
    EXPECT_FALSE(original.contains(QStringLiteral("extra")));
    EXPECT_EQ(original.value(QStringLiteral("hosts")).items().size(), 2u);
    EXPECT_EQ(copy.value(QStringLiteral("port")).text(), QStringLiteral("8080"));
    EXPECT_EQ(copy.value(QStringLiteral("hosts")).items().size(), 3u);
    EXPECT_NE(original, copy);
}

TEST(Value, ChangingTheOriginalLeavesACopyAsItWas)
{
    Value original = portMap();
    const Value copy = original;
    original.remove(QStringLiteral("port"));
    original.clearLocations();
    EXPECT_TRUE(copy.contains(QStringLiteral("port")));
    EXPECT_EQ(copy, portMap());
}

TEST(Value, LookingForAMissingKeyDoesNotChangeAnything)
{
    Value map = portMap();
    const Value copy = map;
    EXPECT_EQ(map.find(QStringLiteral("absent")), nullptr);
    EXPECT_FALSE(map.remove(QStringLiteral("absent")));
    // Still the same entries as the copy: nothing was copied to look.
    EXPECT_EQ(&std::as_const(map).entries(), &copy.entries());
}

TEST(Value, EmptyCollectionsAndScalarsHaveNoChildren)
{
    EXPECT_TRUE(Value::map().entries().empty());
    EXPECT_TRUE(Value::list().items().empty());
    EXPECT_TRUE(Value::scalar(QStringLiteral("x")).items().empty());
    EXPECT_EQ(Value::map(), Value::map({}));
    EXPECT_NE(Value::map(), Value::list());
}

TEST(Value, IsCompact)
{
    // A 20,000-node topology holds half a million of them (issue 13: 112 bytes each before).
    EXPECT_LE(sizeof(Value), 48u);
    EXPECT_LE(sizeof(Value::Entry), 88u);
    EXPECT_LE(sizeof(CompactLocation), 12u);
}

TEST(Value, KeepsItsLocation)
{
    Value value = Value::scalar(QStringLiteral("x"));
    value.setLocation(SourceLocation{QStringLiteral("dir/a.yml"), 12, 7});
    const Value copy = value;
    EXPECT_EQ(copy.location(), (SourceLocation{QStringLiteral("dir/a.yml"), 12, 7}));
    EXPECT_EQ(copy.line(), 12);
    value.clearLocations();
    EXPECT_FALSE(value.location().isValid());
    EXPECT_TRUE(copy.location().isValid());
}

TEST(CompactLocation, RoundTripsEveryFileName)
{
    const SourceLocation a{QStringLiteral("a.yml"), 1, 2};
    const SourceLocation b{QStringLiteral("archive.csar!b.yml"), 3, 4};
    const SourceLocation accented{QStringLiteral("d\u00e9p\u00f4t/c.yml"), 5, 6};
    for (int round = 0; round < 2; ++round) {
        for (const SourceLocation &location : {a, b, accented, a})
            EXPECT_EQ(SourceLocation(CompactLocation(location)), location);
    }
    EXPECT_FALSE(CompactLocation().isValid());
    EXPECT_FALSE(CompactLocation(SourceLocation{QString(), 3, 4}).isValid());
    EXPECT_EQ(CompactLocation(a).withPosition(9, 10).file(), QStringLiteral("a.yml"));
    EXPECT_EQ(CompactLocation(a).withPosition(9, 10).line, 9);
}
