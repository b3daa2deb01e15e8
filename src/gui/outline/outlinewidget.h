// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QListView;
class QLineEdit;
class QMenu;
class QModelIndex;

namespace Topologist {

class OutlineModel;
class SelectionModel;
class TopologyDocument;

/// The node templates as a filterable list (hosting shown as a tree), for finding a node in a
/// large topology.
///
/// Selection follows the window's SelectionModel both ways; double-click asks to reveal the
/// node on the canvas, F2 (or "Rename") asks to rename it, "Change Type" to change its type.
/// Deleting is the main window's.
class OutlineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OutlineWidget(QWidget *parent = nullptr);
    ~OutlineWidget() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

    /// The context menu of a row (an index of the list's model); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);

signals:
    void revealNode(const QString &node);
    void renameRequested(const QString &node);
    void changeTypeRequested(const QString &node);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpSearch();
    void setUpView();
    /// Keeps the selection right while rows come and go with the document.
    void followRowChanges();
    /// Folds or unfolds the row at `index`; false when it hosts nothing.
    bool toggle(const QModelIndex &index);
    /// Left and Right fold, unfold and walk the hosting as in a tree.
    bool treeKey(int key);
    void detach();
    /// Shows the SelectionModel's nodes as selected rows (scrolling to the last one), unfolding
    /// their hosts when `reveal` is set (a new selection, not rows laid out again).
    void selectFromModel(bool scroll = true, bool reveal = false);
    bool containsSelected(int first, int last) const;
    void selectFromView();
    QString nodeAt(const QModelIndex &index) const;
    QString currentNode() const;

    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    OutlineModel *m_model;
    QListView *m_view;
    QLineEdit *m_search;
    bool m_syncing = false;
    bool m_mutating = false;
};

} // namespace Topologist
