// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outline/outlinefilter.h"
#include "validation/problem.h"

#include <QAbstractListModel>
#include <QCollator>
#include <QHash>
#include <QMultiHash>
#include <QPointer>

namespace Topologist {

class TopologyDocument;

/// The node templates as a tree following hosting (MasterCompute > MesosMaster > Marathon),
/// sorted by name (MesosSlave_2 before MesosSlave_10), presented as a flat list of the rows
/// shown: each row says its depth and whether it is folded, and the model keeps the folding.
///
/// A tree model with every group expanded makes Qt's views hold a persistent index per group,
/// and every row inserted or removed anywhere then walks all of them: thousands in a large
/// topology. A flat list has none but the selection's, so an edit costs the rows it changes.
/// It is kept in step with the document signal by signal: an added, removed or edited node
/// changes its own rows, and rows move only when a node's host or name changed.
class OutlineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< node name
        TypeRole,                    ///< full type name
        ShortTypeRole,               ///< "MesosMaster"
        SeverityRole,                ///< int(Severity) of the worst problem, -1 when none
        ProblemCountRole,
        DepthRole,       ///< 0 for a node hosted on nothing
        HasChildrenRole, ///< bool: nodes are hosted on it
        ExpandedRole,    ///< bool: its hosted nodes are shown
        HostRole,        ///< the node it is shown under (empty at the top level)
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setDocument(TopologyDocument *document);
    TopologyDocument *document() const;
    /// The node `node` is hosted on, as its HostedOn requirement says (empty when none).
    QString hostOf(const QString &node) const;

    /// The row of `node`, or invalid when it is not shown (folded away or filtered out).
    QModelIndex indexOf(const QString &node) const;
    bool isExpanded(const QString &node) const;
    /// Shows or hides the nodes hosted on `node`. While a filter is set, every match is shown
    /// and the folding applies again when it is cleared.
    void setExpanded(const QString &node, bool expanded);
    void expandAll();
    void collapseAll();
    /// Unfolds the hosts of `node`, so that its row is shown (unless the filter hides it).
    void reveal(const QString &node);

    /// Shows only the nodes `text` matches (OutlineFilter), with their hosts.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item;

    void clear();
    void rebuild();
    /// Lays the rows out again from the tree, in one reset.
    void resetRows();
    bool collectRows(Item *item, QList<Item *> &rows) const;
    void nodeAdded(const QString &node);
    void nodeRemoved(const QString &node);
    void nodeChanged(const QString &node);
    void nodeRenamed(const QString &from, const QString &to);
    void updateProblems();
    static QPair<int, int> markOf(const Problems &problems);
    void setMark(const QString &node, const QPair<int, int> &mark);
    Item *createItem(const QString &node);
    /// Reads the node's type; true when it changed.
    bool updateItem(Item *item);
    /// Puts `item` under its host (or at the top level), moving its rows when it was shown.
    void place(Item *item);
    Item *hostItemFor(Item *item, const QString &host) const;

    // The tree and its rows.
    QList<Item *> &siblingsOf(Item *parent);
    void link(Item *item, Item *parent);
    void unlink(Item *item);
    /// Moves `item` (with what it hosts) under `parent`, or re-sorts it among its siblings when
    /// `parent` is its own (renaming it to `newName` on the way): one move of its rows when
    /// they stay shown.
    void reparent(Item *item, Item *parent, const QString *newName = nullptr);
    bool isShown(const Item *item) const;
    int rowOf(const Item *item) const;
    /// Tells the rows from `first` on where they are (after a reset).
    void noteRows(int first);
    /// The shown rows of `item`'s subtree, `item` first.
    void shownSubtree(Item *item, QList<Item *> &rows) const;
    /// Where the rows of `item`, just linked in, go: before the next shown node after its
    /// subtree.
    int insertionRow(const Item *item) const;
    /// Shows the rows of `item`'s subtree, just linked in, where they belong.
    void insertRowsOf(Item *item);
    void insertRowsAt(int first, const QList<Item *> &rows);
    void removeRowsAt(int first, int count);
    void changed(const Item *item);
    bool lessThan(const Item *a, const Item *b) const;

    QPointer<TopologyDocument> m_document;
    QHash<QString, Item *> m_items;
    QList<Item *> m_roots;
    QList<Item *> m_rows;
    /// The host each node is shown under or, when the host is missing, waits for.
    QHash<QString, QString> m_hostOf;
    /// Host name -> nodes that name it as host while it does not exist.
    QMultiHash<QString, QString> m_waiting;
    /// Worst severity and count of each node's problems, as last shown.
    QHash<QString, QPair<int, int>> m_marks;
    /// Folded nodes, by name: the folding outlives a rebuild, an undo and a rename.
    QSet<QString> m_collapsed;
    /// Type -> its short name.
    QHash<QString, QString> m_shortTypes;
    OutlineFilter m_filter;
    QCollator m_collator;
};

} // namespace Topologist
