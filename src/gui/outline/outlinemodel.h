// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QHash>
#include <QMultiHash>
#include <QPointer>
#include <QStandardItemModel>

namespace Topologist {

class TopologyDocument;

/// The node templates as a tree following hosting (MasterCompute > MesosMaster > Marathon),
/// kept in step with the document signal by signal: an added, removed or edited node changes
/// its own row, and a row moves only when the node's host changed.
class OutlineModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< node name
        TypeRole,                    ///< full type name
        ShortTypeRole,               ///< "MesosMaster"
        SeverityRole,                ///< int(Severity) of the worst problem, -1 when none
        ProblemCountRole,
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setDocument(TopologyDocument *document);
    TopologyDocument *document() const;
    QStandardItem *itemOf(const QString &node) const { return m_items.value(node); }
    /// The node `node` is hosted on, as its HostedOn requirement says (empty when none).
    QString hostOf(const QString &node) const;

private:
    void rebuild();
    void nodeAdded(const QString &node);
    void nodeRemoved(const QString &node);
    void nodeChanged(const QString &node);
    void nodeRenamed(const QString &from, const QString &to);
    void updateProblems();
    /// Worst severity (-1: none) and count of `problems`.
    static QPair<int, int> markOf(const Problems &problems);
    void setMark(const QString &node, const QPair<int, int> &mark);
    QStandardItem *createItem(const QString &node);
    void updateItem(QStandardItem *item);
    /// Takes `item` from wherever it is and puts it under its host (or at the top level).
    void place(QStandardItem *item, bool detachFirst);
    QStandardItem *hostItemFor(QStandardItem *item, const QString &host) const;

    QPointer<TopologyDocument> m_document;
    QHash<QString, QStandardItem *> m_items;
    /// The host each node is shown under or, when the host is missing, waits for.
    QHash<QString, QString> m_hostOf;
    /// Host name -> nodes that name it as host while it does not exist.
    QMultiHash<QString, QString> m_waiting;
    /// Worst severity and count of each node's problems, as last shown.
    QHash<QString, QPair<int, int>> m_marks;
};

} // namespace Topologist
