// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Topologist {

namespace {

const QString settingsKey = QStringLiteral("theme");
const QString fusion = QStringLiteral("Fusion");

QString keyOf(AppTheme::Theme theme)
{
    switch (theme) {
    case AppTheme::Theme::Light:
        return QStringLiteral("light");
    case AppTheme::Theme::Dark:
        return QStringLiteral("dark");
    case AppTheme::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

/// The style the platform gave the application, before any theme replaced it.
QString systemStyle()
{
    static const QString name = QApplication::style()->name();
    return name;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

AppTheme::Theme AppTheme::stored()
{
    const QString key = QSettings().value(settingsKey).toString();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        if (key == keyOf(theme))
            return theme;
    }
    return Theme::System;
}

void AppTheme::store(Theme theme)
{
    QSettings().setValue(settingsKey, keyOf(theme));
}

void AppTheme::apply(Theme theme)
{
    systemStyle(); // remembered before the first switch
    if (theme == Theme::System) {
        useStyle(systemStyle());
        // A palette with no role set gives the application back the platform's palette, and
        // with it the platform's later light/dark switches.
        QApplication::setPalette(QPalette());
        return;
    }
    useStyle(fusion);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

QPalette AppTheme::lightPalette()
{
    const std::unique_ptr<QStyle> style(QStyleFactory::create(fusion));
    QPalette palette = style ? style->standardPalette() : QPalette(Qt::white);
    // Every role set: the palette stays what it is, whatever the platform says.
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = QPalette::ColorGroup(group);
            const auto r = QPalette::ColorRole(role);
            palette.setColor(g, r, palette.color(g, r));
        }
    }
    return palette;
}

QPalette AppTheme::darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor button(0x36, 0x39, 0x3e);
    const QColor disabledText(0x80, 0x86, 0x8e);
    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa6, 0xae));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xcf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7f, 0xb5, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xf0));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4e, 0x54));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

QMenu *AppTheme::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const Theme current = stored();
    const struct
    {
        Theme theme;
        QString label;
        const char *name;
    } choices[] = {{Theme::System, tr("&System"), "actionThemeSystem"},
                   {Theme::Light, tr("&Light"), "actionThemeLight"},
                   {Theme::Dark, tr("&Dark"), "actionThemeDark"}};
    for (const auto &[theme, label, name] : choices) {
        QAction *action = menu->addAction(label);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [theme = theme] {
            store(theme);
            apply(theme);
        });
    }
    return menu;
}

} // namespace Topologist
