// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasstyle.h"
#include "canvas/textwidths.h"

#include <QFontMetricsF>

#include <gtest/gtest.h>

using namespace Topologist;

TEST(TextWidthsTest, aWidthIsWhatTheFontMeasures)
{
    TextWidths widths(CanvasStyle::portFont());
    const QFontMetricsF metrics(CanvasStyle::portFont());
    for (const QString &text : {QStringLiteral("host"),
                                QStringLiteral("dns_server"),
                                QStringLiteral("Größe"),
                                QString()}) {
        EXPECT_DOUBLE_EQ(widths.width(text), metrics.horizontalAdvance(text)) << text.toStdString();
        EXPECT_DOUBLE_EQ(widths.width(text), metrics.horizontalAdvance(text)) << text.toStdString();
    }
    EXPECT_GT(widths.width(QStringLiteral("a much longer port name")), widths.width("host"));
}

TEST(TextWidthsTest, aRepeatedTextIsMeasuredOnce)
{
    TextWidths widths(CanvasStyle::labelFont());
    widths.width(QStringLiteral("HostedOn"));
    widths.width(QStringLiteral("HostedOn"));
    widths.width(QStringLiteral("ConnectsTo"));
    EXPECT_EQ(widths.size(), 2);
}

TEST(TextWidthsTest, uniqueTextsDoNotGrowItWithoutBound)
{
    TextWidths widths(CanvasStyle::nameFont());
    for (int i = 0; i < TextWidths::Capacity + 100; ++i)
        widths.width(QStringLiteral("Node_%1").arg(i));
    EXPECT_LE(widths.size(), TextWidths::Capacity);
    EXPECT_GT(widths.size(), 0);
    EXPECT_DOUBLE_EQ(widths.width(QStringLiteral("Node_1")),
                     QFontMetricsF(CanvasStyle::nameFont()).horizontalAdvance("Node_1"));
}
