// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace Topologist {

class TopologyDocument;

/// The document's problems grouped by severity ("Errors (3)"), then by node: under a severity
/// row, each node has a header row ("MasterCompute (2)") followed by its problem rows, with
/// columns description, code, member and location. Problems of the topology as a whole sit
/// under a header named after the file.
///
/// Headers and problems are siblings, not parent and child, and the model folds a node's
/// problems away itself: a tree view keeps a persistent index for every expanded row, and
/// every row inserted or removed anywhere walks all of them, thousands in a large topology.
/// Only the three severity rows are expanded by the view.
///
/// refresh() diffs the new problem list against the shown one and emits only the row
/// insertions, removals and data changes that differ, so views keep their current item,
/// selection and expansion, and an edit that touches one node costs one node's rows.
class ProblemModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, CodeColumn, MemberColumn, LocationColumn, ColumnCount };
    enum RowKind { SeverityRow, NodeRow, ProblemRow };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< RowKind
        SeverityRole,                ///< int(Severity), on every row
        NodeRole,                    ///< node name on node and problem rows (empty: topology)
        SearchTextRole,              ///< everything a text filter should look at (problem rows)
        FixCountRole,                ///< int, problem rows
        FromServerRole,              ///< bool, problem rows: reported by Alien4Cloud on a push
        FoldedRole,                  ///< bool, node rows: their problems are folded away
    };

    explicit ProblemModel(QObject *parent = nullptr);
    ~ProblemModel() override;

    /// Shows `document`'s problems (null: none). Call refresh() when they change.
    void setDocument(TopologyDocument *document);
    /// Brings the rows in line with the document's current problems. Returns the number of
    /// node groups that changed.
    int refresh();
    /// The problem a problem row shows, or null.
    const Problem *problemAt(const QModelIndex &index) const;
    /// Problems of one severity, shown or not.
    int count(Severity severity) const;
    /// The node row of `node` under `severity`, or invalid.
    QModelIndex nodeIndex(Severity severity, const QString &node) const;
    /// Hides or shows the problem rows that follow a node row. The folding is kept by node
    /// name, so it outlives the node's problems going and coming back.
    void setFolded(const QModelIndex &nodeRow, bool folded);
    bool isFolded(const QModelIndex &nodeRow) const;
    void setAllFolded(bool folded);
    /// Everything a text filter should look at in a problem.
    static QString searchText(const Problem &problem);
    /// The problems a row stands for: its own, a node row's (folded or not), or a severity's.
    Problems problemsOfGroup(const QModelIndex &index) const;

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct NodeGroup;
    struct SeverityGroup;

    /// The node group whose header `index` is, or null.
    NodeGroup *nodeGroupAt(const QModelIndex &index) const;
    QVariant severityData(const SeverityGroup &group, int column, int role) const;
    QVariant nodeData(const NodeGroup &group, int column, int role) const;
    QVariant problemData(const Problem &problem, int column, int role) const;
    QString toolTip(const Problem &problem) const;
    QVariant columnData(const Problem &problem, int column, int role) const;
    QString fileLabel() const;
    void diffSeverity(int severityRow, std::vector<std::pair<QString, Problems>> &fresh);
    /// After an edit: looks again at the problems of `nodes` only.
    int refreshNodes(const QSet<QString> &nodes);
    /// Replaces the rows of the nodes in `fresh` (sorted, with empty lists for nodes that have
    /// no problem of this severity any more), leaving the other nodes' rows alone.
    void patchSeverity(int severityRow, std::vector<std::pair<QString, Problems>> &fresh);
    void replaceProblems(NodeGroup &group, Problems &fresh);
    void removeNodeGroup(SeverityGroup &group, const QModelIndex &parent, int row);
    void insertNodeGroup(SeverityGroup &group,
                         const QModelIndex &parent,
                         int row,
                         const QString &node,
                         Problems &&problems);

    QPointer<TopologyDocument> m_document;
    std::vector<std::unique_ptr<SeverityGroup>> m_severities;
};

} // namespace Topologist
