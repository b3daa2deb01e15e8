// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>

class QMenu;
class QWidget;

namespace Topologist {

/// The application's light or dark look (View > Theme): the platform's own style and palette
/// (System, which follows a dark desktop by itself), or Fusion with a light or a dark palette.
/// The choice is remembered in the settings and applied at start. CanvasStyle and
/// StatusColors derive their colours from whichever palette results.
class AppTheme
{
    Q_DECLARE_TR_FUNCTIONS(AppTheme)

public:
    enum class Theme { System, Light, Dark };

    /// The theme chosen in an earlier session; System when there is none.
    static Theme stored();
    static void store(Theme theme);
    /// Gives the application that theme's style and palette.
    static void apply(Theme theme);

    static QPalette lightPalette();
    static QPalette darkPalette();

    /// A "Theme" menu with System, Light and Dark; choosing one applies and stores it.
    static QMenu *createMenu(QWidget *parent);
};

} // namespace Topologist
