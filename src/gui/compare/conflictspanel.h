// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Topologist {

class SelectionModel;
class SideBySide;
class TopologyDocument;

/// The conflicts a merge left in the open file (its MergeConflictRecord), one row each, with
/// the base, our and their values side by side. Take Ours and Take Theirs settle the current
/// one as one undo step (ConflictActions); undo brings it back. The current conflict's node
/// is selected and brought into view. When none is left the file saves as plain TOSCA.
///
/// It reads the conflicts from the document after every edit and keeps none of its own.
class ConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPanel(QWidget *parent = nullptr);

    void setDocument(TopologyDocument *document, SelectionModel *selection);

    int conflictCount() const;
    int currentConflict() const;
    void setCurrentConflict(int row);
    /// The texts of a row: what it is about and what kind of conflict it is.
    QString conflictText(int row) const;
    /// The base, our and their values of the current conflict, as shown.
    QString valueText(MergeSide side) const;
    QString baseText() const;

public slots:
    /// Settles the current conflict on our side, or theirs; false (with a status message)
    /// when it cannot be.
    bool takeOurs();
    bool takeTheirs();
    void nextConflict();
    void previousConflict();

signals:
    void revealNode(const QString &node);
    void statusMessage(const QString &message);
    /// The number of conflicts changed (the main window shows the panel when there are some).
    void conflictCountChanged(int count);

private:
    QWidget *createBar();
    QWidget *createButtons();
    bool take(MergeSide side);
    void refresh();
    void showDetails();
    void selectCurrentNode();
    void updateButtons();

    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    Conflicts m_shown; // what the rows stand for, as last read from the document
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
    QTreeWidget *m_list;
    SideBySide *m_values;
    QPushButton *m_takeOurs;
    QPushButton *m_takeTheirs;
};

} // namespace Topologist
