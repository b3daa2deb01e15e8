// SPDX-License-Identifier: GPL-3.0-or-later
// One set of status colours for the GUI, each readable as text on a light background.
#include "statuscolors.h"

#include <QLabel>

#include <gtest/gtest.h>

#include <cmath>

using namespace Topologist;

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

double contrastOnWhite(const QColor &color)
{
    return 1.05 / (luminance(color) + 0.05);
}

} // namespace

TEST(StatusColors, TextColoursAreReadableOnWhite)
{
    for (const QColor &color : {StatusColors::error(),
                                StatusColors::warning(),
                                StatusColors::ok(),
                                StatusColors::function(),
                                StatusColors::added(),
                                StatusColors::changed(),
                                StatusColors::removed()})
        EXPECT_GE(contrastOnWhite(color), 4.5) << color.name().toStdString();
    EXPECT_GE(luminance(StatusColors::errorBackground()), 0.7);
}

TEST(StatusColors, ALabelShownAsErrorOrWarningTakesThatColour)
{
    QLabel label(QStringLiteral("text"));
    StatusColors::showAsError(&label);
    EXPECT_EQ(label.palette().color(QPalette::WindowText), StatusColors::error());
    StatusColors::showAsWarning(&label);
    EXPECT_EQ(label.palette().color(QPalette::WindowText), StatusColors::warning());
    EXPECT_NE(StatusColors::error(), StatusColors::warning());
}
