// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QMenu;
class QModelIndex;
class QTreeView;

namespace Topologist {

class OutlineFilter;
class OutlineModel;
class SelectionModel;
class TopologyDocument;

/// The node templates as a filterable list (hosting shown as a tree), for finding a node in a
/// large topology.
///
/// Selection follows the window's SelectionModel both ways; double-click asks to reveal the
/// node on the canvas, F2 (or "Rename") asks to rename it. Deleting is the main window's.
class OutlineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OutlineWidget(QWidget *parent = nullptr);
    ~OutlineWidget() override;
    void setDocument(TopologyDocument *document, SelectionModel *selection);

    /// The context menu of a row (an index of the tree's model); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);

signals:
    void revealNode(const QString &node);
    void renameRequested(const QString &node);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpSearch();
    void setUpView();
    /// Keeps expansion and selection right while rows come and go with the document.
    void followRowChanges();
    void detach();
    /// Shows the SelectionModel's nodes as selected rows (scrolling to the last one).
    void selectFromModel(bool scroll = true);
    bool containsSelected(const QModelIndex &index) const;
    void selectFromView();
    QString nodeAt(const QModelIndex &index) const;
    QString currentNode() const;

    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    OutlineModel *m_model;
    OutlineFilter *m_filter;
    QTreeView *m_view;
    QLineEdit *m_search;
    bool m_syncing = false;
    bool m_mutating = false;
};

} // namespace Topologist
