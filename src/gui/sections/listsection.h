// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;

namespace Topologist {

/// A titled list of a side panel with Add, Edit and Remove buttons: the buttons, a double-click
/// and Enter on a row say what the user asks for, the owner does it.
class ListSection : public QWidget
{
    Q_OBJECT

public:
    ListSection(const QString &title, QTreeWidget *list, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// The first column of the selected (else current) row, or empty.
    QString selectedName() const;

signals:
    void addRequested();
    void editRequested();
    void removeRequested();

private:
    QTreeWidget *m_list;
};

} // namespace Topologist
