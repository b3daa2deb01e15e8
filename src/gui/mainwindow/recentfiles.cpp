// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/recentfiles.h"
#include "plaintext.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Topologist {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
}

void RecentFiles::clear()
{
    QSettings().remove(settingsKey);
}

void RecentFiles::populate(QMenu *menu)
{
    menu->clear();
    QStringList existing;
    for (const QString &file : files()) {
        if (QFileInfo::exists(file))
            existing << file;
    }
    QSettings().setValue(settingsKey, existing);
    int number = 1;
    for (const QString &file : std::as_const(existing)) {
        const QString label
            = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(file).fileName())
                          : QFileInfo(file).fileName();
        QAction *action = menu->addAction(label);
        action->setToolTip(PlainText::toHtml(QDir::toNativeSeparators(file)));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
        ++number;
    }
    if (existing.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear Menu")), &QAction::triggered, this, [this] { clear(); });
}

} // namespace Topologist
