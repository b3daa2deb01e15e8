// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

namespace {

/// A menu text as read: "&Redo" is "Redo", "A && B" is "A & B".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i; // the next character stands as written
        plain += text[i];
    }
    return plain;
}

/// The keys of @p action as the menus show them ("Ctrl+Shift+Z, Ctrl+Y").
QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

/// The commands of @p menu and its submenus that have keys.
void collect(const QMenu *menu, QTreeWidgetItem *group)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), group);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        new QTreeWidgetItem(group, {withoutMnemonic(action->text()), keysOf(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    addMenuCommands(menus);
    addCanvasKeys();
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 600);
}

QTreeWidgetItem *ShortcutsDialog::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_list, {title});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    return group;
}

void ShortcutsDialog::addMenuCommands(const QMenuBar *menus)
{
    for (QAction *entry : menus->actions()) {
        if (!entry->menu())
            continue;
        QTreeWidgetItem *group = addGroup(withoutMnemonic(entry->text()));
        collect(entry->menu(), group);
        if (group->childCount() == 0)
            delete group;
    }
}

void ShortcutsDialog::addCanvasKeys()
{
    QTreeWidgetItem *group = addGroup(tr("Canvas"));
    const QList<std::pair<QString, QString>> keys = {
        {tr("Move the selected nodes"), tr("Arrow keys (Shift: by one point)")},
        {tr("Delete the selected relationships"), tr("Delete, Backspace")},
        {tr("Cancel a drag, or clear the selection"), tr("Escape")},
        {tr("Zoom around the pointer"), tr("Ctrl+Wheel")},
        {tr("Scroll sideways"), tr("Shift+Wheel")},
        {tr("Pan"), tr("Middle button drag")},
    };
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(group, {what, key});
}

} // namespace Topologist
