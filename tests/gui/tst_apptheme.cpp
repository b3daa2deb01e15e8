// SPDX-License-Identifier: GPL-3.0-or-later
// View > Theme: System, Light or Dark, applied to the whole application and remembered for
// the next session.
#include "apptheme.h"
#include "canvas/canvasstyle.h"
#include "statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace Topologist;

namespace {

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
               + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool darkPalette()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

class AppThemeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("theme"));
        systemPalette = QApplication::palette();
        systemStyle = QApplication::style()->name();
    }
    void TearDown() override
    {
        AppTheme::apply(AppTheme::Theme::System);
        QSettings().remove(QStringLiteral("theme"));
    }

    QPalette systemPalette;
    QString systemStyle;
};

} // namespace

TEST_F(AppThemeTest, theChoiceIsStoredAndRestored)
{
    EXPECT_EQ(AppTheme::stored(), AppTheme::Theme::System);
    AppTheme::store(AppTheme::Theme::Dark);
    EXPECT_EQ(AppTheme::stored(), AppTheme::Theme::Dark);
    AppTheme::store(AppTheme::Theme::Light);
    EXPECT_EQ(AppTheme::stored(), AppTheme::Theme::Light);
    QSettings().setValue(QStringLiteral("theme"), QStringLiteral("purple"));
    EXPECT_EQ(AppTheme::stored(), AppTheme::Theme::System);
}

TEST_F(AppThemeTest, darkAndLightSetAFusionPaletteAndSystemGivesThePlatformsBack)
{
    AppTheme::apply(AppTheme::Theme::Dark);
    EXPECT_TRUE(darkPalette());
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_LT(CanvasStyle::canvasBackground().lightness(), 60);
    AppTheme::apply(AppTheme::Theme::Light);
    EXPECT_FALSE(darkPalette());
    EXPECT_EQ(CanvasStyle::canvasBackground(), QColor(0xf6, 0xf7, 0xf9));
    AppTheme::apply(AppTheme::Theme::System);
    EXPECT_EQ(QApplication::style()->name(), systemStyle);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              systemPalette.color(QPalette::Window));
    EXPECT_EQ(QApplication::palette().color(QPalette::Text), systemPalette.color(QPalette::Text));
    // No palette of the application's own any more: the platform's later switches (a desktop
    // going dark in the evening) reach the application.
    EXPECT_FALSE(QCoreApplication::testAttribute(Qt::AA_SetPalette));
}

TEST_F(AppThemeTest, theMenuAppliesAndStoresTheChoiceAndShowsTheStoredOne)
{
    const std::unique_ptr<QMenu> menu(AppTheme::createMenu(nullptr));
    auto *dark = menu->findChild<QAction *>(QStringLiteral("actionThemeDark"));
    auto *system = menu->findChild<QAction *>(QStringLiteral("actionThemeSystem"));
    ASSERT_NE(dark, nullptr);
    ASSERT_NE(system, nullptr);
    EXPECT_TRUE(system->isChecked());
    EXPECT_EQ(menu->actions().size(), 3);
    dark->trigger();
    EXPECT_TRUE(darkPalette());
    EXPECT_EQ(AppTheme::stored(), AppTheme::Theme::Dark);

    const std::unique_ptr<QMenu> later(AppTheme::createMenu(nullptr));
    EXPECT_TRUE(later->findChild<QAction *>(QStringLiteral("actionThemeDark"))->isChecked());
    later->findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
    EXPECT_FALSE(darkPalette());
    EXPECT_EQ(AppTheme::stored(), AppTheme::Theme::System);
}

TEST_F(AppThemeTest, theDarkThemeReadsWell)
{
    AppTheme::apply(AppTheme::Theme::Dark);
    const QPalette palette = QApplication::palette();
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        EXPECT_GE(contrast(palette.color(QPalette::Text), palette.color(role)), 7.0) << role;
    EXPECT_GE(
        contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)),
        4.5);
    EXPECT_GE(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)),
              4.5);
    EXPECT_GE(contrast(CanvasStyle::text(), CanvasStyle::cardFill()), 7.0);
    EXPECT_GE(contrast(CanvasStyle::secondaryText(), CanvasStyle::cardFill()), 4.5);
    EXPECT_GE(contrast(StatusColors::error(), palette.color(QPalette::Window)), 4.5);
    // Tooltips keep their secondary lines in plain "gray".
    EXPECT_GE(contrast(QColor(Qt::gray), palette.color(QPalette::ToolTipBase)), 3.0);
}
