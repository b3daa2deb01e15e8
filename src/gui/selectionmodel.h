// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Topologist {

class TopologyDocument;

/// Which node templates the user has selected, shared by the canvas, the outline, the property
/// editor and the problem list of one window, so that selecting in one shows in all. It is view
/// state, not document state: it is not saved and not undone.
class SelectionModel : public QObject
{
    Q_OBJECT

public:
    explicit SelectionModel(QObject *parent = nullptr);

    const QStringList &selectedNodes() const { return m_selected; }
    /// The node the property editor shows: the last one selected, or empty.
    QString currentNode() const { return m_selected.isEmpty() ? QString() : m_selected.last(); }
    bool isSelected(const QString &node) const { return m_selected.contains(node); }
    /// Follows `document`'s renames from now on (and no other document's): a renamed node stays
    /// selected under its new name. Every view given this selection with a document calls it;
    /// calling it again is harmless. Removals are the window's to follow (see MainWindow): a
    /// selection that still names a deleted node shows it again when the delete is undone.
    void followRenames(TopologyDocument *document);

public slots:
    void setSelectedNodes(const QStringList &nodes);
    void clear() { setSelectedNodes({}); }
    /// Keeps the selection consistent when the document renames or removes nodes.
    void renameNode(const QString &from, const QString &to);
    void removeNode(const QString &node);

signals:
    void selectionChanged(const QStringList &nodes);

private:
    QStringList m_selected;
    QPointer<TopologyDocument> m_followed;
    QMetaObject::Connection m_following;
};

} // namespace Topologist
