// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Topologist {

/// Help > Keyboard Shortcuts: every menu command that has a key, grouped by its menu and read
/// from the actions themselves (so the list cannot go stale), then the keys the canvas and the
/// panels take that are no menu command.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    /// The list: a top-level row per group, a row per command (text, keys).
    QTreeWidget *list() const { return m_list; }

private:
    /// A bold row spanning both columns, under which its commands go.
    QTreeWidgetItem *addGroup(const QString &title);
    void addMenuCommands(const QMenuBar *menus);
    void addCanvasKeys();

    QTreeWidget *m_list;
};

} // namespace Topologist
