// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Topologist {

/// One titled list of a topology section (groups, policies, ...) with Add, Edit and Remove
/// buttons: the frame the section panels share. Double-click or Enter on a row asks to edit it.
/// Rows are named by their first column.
class SectionList : public QWidget
{
    Q_OBJECT

public:
    SectionList(const QString &title, const QStringList &columns, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// The name of the selected row (else the current one), or empty.
    QString selectedName() const;
    /// Makes the row named `name` the current one, in view; false when there is none.
    bool select(const QString &name);
    /// Marks `item` with the worst of `problems` (an icon, and their messages as its tooltip).
    static void markProblems(QTreeWidgetItem *item, const Problems &problems);

signals:
    void addRequested();
    void editRequested();
    void removeRequested();

private:
    QTreeWidget *m_list;
};

} // namespace Topologist
