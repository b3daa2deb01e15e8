// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace Topologist {

/// Names to tick, with a filter above them for topologies of many nodes: a group's members, a
/// policy's targets. Names ticked from the start come back in their order, then the others
/// ticked, in list order.
class NameChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit NameChecklist(QWidget *parent = nullptr);

    /// Shows `names`, those in `checked` ticked; a ticked name that is not among `names` (a
    /// stale member) is listed after them, so that it can be unticked.
    void setNames(const QStringList &names, const QStringList &checked);
    QStringList checkedNames() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QStringList m_initial;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Topologist
