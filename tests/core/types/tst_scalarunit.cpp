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

TEST(ScalarUnit, TheNumberIsDecimalWithSignFractionAndExponent)
{
    const auto bytes = [](const char *text) {
        ScalarUnit parsed;
        return ScalarUnit::parse(QString::fromLatin1(text), ScalarUnit::Kind::Size, &parsed)
                   ? parsed.baseValue()
                   : -1.0;
    };
    EXPECT_DOUBLE_EQ(bytes("3 B"), 3);
    EXPECT_DOUBLE_EQ(bytes("+3 B"), 3);
    EXPECT_DOUBLE_EQ(bytes("-3 B"), -3);
    EXPECT_DOUBLE_EQ(bytes("1.5 kB"), 1500);
    EXPECT_DOUBLE_EQ(bytes("2. kB"), 2000);
    EXPECT_DOUBLE_EQ(bytes(".5 kB"), 500);
    EXPECT_DOUBLE_EQ(bytes("2e3 B"), 2000);
    EXPECT_DOUBLE_EQ(bytes("2E+1 B"), 20);
    EXPECT_DOUBLE_EQ(bytes("5e-1 kB"), 500);
    EXPECT_DOUBLE_EQ(bytes("4GB"), 4e9);
    EXPECT_DOUBLE_EQ(bytes("\t 4 \t GB \n"), 4e9);
}

TEST(ScalarUnit, WhatIsNotANumberAndAUnitIsRefusedWithTheReason)
{
    for (const char *text : {"", " ", "GB", ". GB", "+ GB", "4", "4 G B", "4 GB x", "4,5 GB",
                             "4 GB2", "0x10 GB", "e3 GB", "4 G-B", "--4 GB"}) {
        ScalarUnit parsed;
        QString why;
        EXPECT_FALSE(
            ScalarUnit::parse(QString::fromLatin1(text), ScalarUnit::Kind::Size, &parsed, &why))
            << text;
        EXPECT_TRUE(why.contains(QStringLiteral("not a number followed by a unit"))) << text;
    }
    ScalarUnit parsed;
    QString why;
    EXPECT_FALSE(ScalarUnit::parse(QStringLiteral("4 GQ"), ScalarUnit::Kind::Size, &parsed, &why));
    EXPECT_EQ(why, QStringLiteral("unknown unit 'GQ'"));
    // An e without digits is no exponent: it starts the unit.
    EXPECT_FALSE(ScalarUnit::parse(QStringLiteral("5eB"), ScalarUnit::Kind::Size, &parsed, &why));
    EXPECT_EQ(why, QStringLiteral("unknown unit 'eB'"));
}
