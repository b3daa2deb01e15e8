// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/scalarunit.h"

#include <gtest/gtest.h>

using namespace Topologist;

namespace {

QString splitUnit(const char *text, ScalarUnit::Kind kind)
{
    QString number;
    QString unit;
    if (!ScalarUnit::split(QString::fromLatin1(text), kind, &number, &unit))
        return QStringLiteral("<none>");
    return number + QLatin1Char('|') + unit;
}

} // namespace

TEST(ScalarUnit, UnitsAreListedAsTOSCASpellsThem)
{
    EXPECT_EQ(ScalarUnit::units(ScalarUnit::Kind::Size).size(), 11);
    EXPECT_EQ(ScalarUnit::units(ScalarUnit::Kind::Size).first(), QStringLiteral("B"));
    EXPECT_TRUE(ScalarUnit::units(ScalarUnit::Kind::Size).contains(QStringLiteral("GiB")));
    EXPECT_EQ(ScalarUnit::units(ScalarUnit::Kind::Time),
              QStringList({QStringLiteral("d"),
                           QStringLiteral("h"),
                           QStringLiteral("m"),
                           QStringLiteral("s"),
                           QStringLiteral("ms"),
                           QStringLiteral("us"),
                           QStringLiteral("ns")}));
    EXPECT_TRUE(ScalarUnit::units(ScalarUnit::Kind::Bitrate).contains(QStringLiteral("Kibps")));
    for (ScalarUnit::Kind kind : {ScalarUnit::Kind::Size,
                                  ScalarUnit::Kind::Time,
                                  ScalarUnit::Kind::Frequency,
                                  ScalarUnit::Kind::Bitrate})
        EXPECT_TRUE(ScalarUnit::units(kind).contains(ScalarUnit::usualUnit(kind)));
}

TEST(ScalarUnit, SplitGivesTheNumberAndTheUnitAsSpelledInTOSCA)
{
    EXPECT_EQ(splitUnit("4096 MB", ScalarUnit::Kind::Size), QStringLiteral("4096|MB"));
    EXPECT_EQ(splitUnit(" 4096mb ", ScalarUnit::Kind::Size), QStringLiteral("4096|MB"));
    EXPECT_EQ(splitUnit("2 kib", ScalarUnit::Kind::Size), QStringLiteral("2|KiB"));
    EXPECT_EQ(splitUnit("0.5 ghz", ScalarUnit::Kind::Frequency), QStringLiteral("0.5|GHz"));
    EXPECT_EQ(splitUnit("1e3 ms", ScalarUnit::Kind::Time), QStringLiteral("1e3|ms"));
}

TEST(ScalarUnit, SplitKeepsTheCaseRulesOfParse)
{
    // m is a minute, M nothing: a unit parse() refuses is not shown as another one.
    EXPECT_EQ(splitUnit("30 S", ScalarUnit::Kind::Time), QStringLiteral("<none>"));
    ScalarUnit parsed;
    EXPECT_FALSE(ScalarUnit::parse(QStringLiteral("30 S"), ScalarUnit::Kind::Time, &parsed));
    EXPECT_EQ(splitUnit("10 mbps", ScalarUnit::Kind::Bitrate), QStringLiteral("<none>"));
    EXPECT_EQ(splitUnit("MB", ScalarUnit::Kind::Size), QStringLiteral("<none>"));
    EXPECT_EQ(splitUnit("12 parsecs", ScalarUnit::Kind::Size), QStringLiteral("<none>"));
}
