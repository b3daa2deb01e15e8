// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QTreeWidget;

namespace Topologist {

class Comparison;
class SelectionModel;
struct Change;

/// The Changes panel of File > Compare With: every change between the other version and the
/// document (Comparison::changes()), one row each, to step through with Previous and Next.
/// The current change's node is selected and brought into view, and its values before and
/// after are shown side by side. Close (or Escape in the panel) asks to end the comparison.
///
/// It shows the comparison and holds nothing of it: the list is made again when the
/// comparison changes (after an edit), keeping the current change where it still is.
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    /// Shows `comparison` (null: nothing to show); selects nodes through `selection`.
    void setComparison(Comparison *comparison, SelectionModel *selection);

    int changeCount() const;
    /// The row of the current change, -1 when there is none.
    int currentChange() const;
    void setCurrentChange(int row);
    /// The texts of a row: what it is about and what happened.
    QString changeText(int row) const;
    /// The values of the current change before and after, as shown.
    QString beforeText() const;
    QString afterText() const;

public slots:
    void nextChange();
    void previousChange();

signals:
    /// The user wants to see this node (the current change is in it).
    void revealNode(const QString &node);
    /// Close or Escape: the comparison should end.
    void endRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createBar();
    QWidget *createDetails();
    void refresh();
    void fillList();
    void showDetails();
    /// Selects the current change's node and asks to bring it into view: when the user moves
    /// to a change, not when the list is made again after an edit.
    void selectCurrentNode();
    void updateButtons();
    /// The node a change's row selects: its node in the document, none for a removed one.
    QString nodeOf(const Change &change) const;

    QPointer<Comparison> m_comparison;
    QPointer<SelectionModel> m_selection;
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
    QTreeWidget *m_list;
    QLabel *m_beforeTitle;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
};

} // namespace Topologist
