// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problemmember.h"

#include "support/severity.h"
#include "validation/problem.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace Topologist {

class ProblemFilter;
class ProblemModel;
class QuickFixMenu;
class SelectionModel;
class TopologyDocument;

/// The live list of the topology's problems, grouped by severity and node, with quick fixes.
///
/// It follows TopologyDocument::problemsChanged, updating only the rows that changed. A summary
/// ("3 errors, 1 warning"), severity toggles and a text filter sit above the tree.
/// Double-click (or Enter) on a problem selects its node and asks to reveal it; the context
/// menu offers the problem's quick fixes, each applied as one undo step. Problems Alien4Cloud
/// reported on the last push are listed with the others, marked as the server's, and can be
/// cleared from here.
class ProblemList : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemList(QWidget *parent = nullptr);
    ~ProblemList() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

    /// The context menu of a row of the tree (an index of the tree's model): the quick fixes,
    /// "Show Node" and copy actions. The caller owns the menu.
    QMenu *createContextMenu(const QModelIndex &index);
    /// The summary line's text, e.g. "3 errors, 1 warning".
    QString summary() const;
    /// Opens the quick fixes of the current row (a problem, or every problem of a node) under
    /// it; false when the list has no current row.
    bool showFixesOfCurrent();

signals:
    /// The user wants to see this node (double-click on a problem).
    void revealNode(const QString &node);
    /// The user wants to see the input, output, group, policy, workflow or substitution entry a
    /// problem of no node is about (double-click on it).
    void revealMember(const Topologist::ProblemMember &member);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The summary, severity toggles, "clear server problems" and the filter, in one line.
    QHBoxLayout *createBar();
    void setUpView();
    void detach();
    void refresh();
    void updateSummary();
    void clearServerProblems();
    void activate(const QModelIndex &index);
    /// Whether a click there is on a problem's bulb (which opens its fixes).
    bool isOnBulb(const QPoint &viewportPos) const;
    void popUpFixes(const QModelIndex &index);
    /// The problems a row stands for: its own, or those of every problem under a node row.
    Problems problemsOfRow(const QModelIndex &source) const;
    void reveal(const QString &node);
    /// Opens a severity row when it appears.
    void expandInserted(const QModelIndex &parent, int first, int last);
    /// Folds or unfolds the problems of a node row (a view index); false for other rows.
    bool toggleFolded(const QModelIndex &index);
    /// Left and Right fold and unfold node rows and walk up to them, as in a tree.
    bool treeKey(int key);

    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    ProblemModel *m_model;
    ProblemFilter *m_filter;
    QuickFixMenu *m_quickFixes;
    QTreeView *m_view;
    QLabel *m_summary;
    QToolButton *m_severityButtons[3];
    /// Shown while the document holds problems Alien4Cloud reported on a push.
    QToolButton *m_clearServer;
    QLineEdit *m_search;
};

} // namespace Topologist
