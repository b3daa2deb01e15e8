// SPDX-License-Identifier: GPL-3.0-or-later
// A key an integer field cannot take is refused out loud: the field says what it takes.
#include "properties/integerfield.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <limits>

using namespace Topologist;

TEST(IntegerField, aLetterIsRefusedWithWhatTheFieldTakes)
{
    IntegerField field;
    field.setRange(1, 65535);
    field.showUnset(80, QStringLiteral("80"));
    field.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&field));
    QSignalSpy refused(&field, &IntegerField::inputRefused);

    QTest::keyClicks(&field, QStringLiteral("http"));

    ASSERT_GE(refused.size(), 1);
    const QString reason = refused.constFirst().constFirst().toString();
    EXPECT_TRUE(reason.contains(QLatin1String("whole number"))) << qPrintable(reason);
    EXPECT_TRUE(reason.contains(QLatin1String("65535"))) << qPrintable(reason);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), reason);
    EXPECT_TRUE(field.isUnset()); // nothing was typed in
}

TEST(IntegerField, digitsAreTakenWithoutAWord)
{
    IntegerField field;
    field.setRange(1, 65535);
    field.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&field));
    QSignalSpy refused(&field, &IntegerField::inputRefused);
    field.findChild<QLineEdit *>()->selectAll();

    QTest::keyClicks(&field, QStringLiteral("8080"));

    EXPECT_EQ(refused.size(), 0);
    EXPECT_EQ(field.findChild<QLineEdit *>()->text(), QStringLiteral("8080"));
}

TEST(IntegerField, withoutBoundsTheReasonNamesNone)
{
    IntegerField field;
    field.setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    field.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&field));
    QSignalSpy refused(&field, &IntegerField::inputRefused);

    QTest::keyClicks(&field, QStringLiteral("x"));

    ASSERT_EQ(refused.size(), 1);
    EXPECT_FALSE(
        refused.constFirst().constFirst().toString().contains(QLatin1String("2147483647")));
}
