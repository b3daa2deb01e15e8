// SPDX-License-Identifier: GPL-3.0-or-later
// A key a number field cannot take is refused out loud: the field says what it takes.
#include "properties/floatfield.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace Topologist;

TEST(FloatField, aLetterIsRefusedWithWhatTheFieldTakes)
{
    FloatField field;
    field.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&field));
    field.findChild<QLineEdit *>()->selectAll();
    QSignalSpy refused(&field, &FloatField::inputRefused);

    QTest::keyClicks(&field, QStringLiteral("1.5x"));

    ASSERT_EQ(refused.size(), 1);
    const QString reason = refused.constFirst().constFirst().toString();
    EXPECT_TRUE(reason.contains(QLatin1String("number"))) << qPrintable(reason);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), reason);
    EXPECT_TRUE(field.findChild<QLineEdit *>()->text().startsWith(QLatin1String("1.5")));
}
