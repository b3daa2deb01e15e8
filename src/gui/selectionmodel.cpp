// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionmodel.h"

#include "topologydocument.h"

namespace Topologist {

SelectionModel::SelectionModel(QObject *parent)
    : QObject(parent)
{}

void SelectionModel::setSelectedNodes(const QStringList &nodes)
{
    if (nodes == m_selected)
        return;
    m_selected = nodes;
    emit selectionChanged(m_selected);
}

void SelectionModel::followRenames(TopologyDocument *document)
{
    if (m_followed == document)
        return;
    disconnect(m_following);
    m_followed = document;
    if (document)
        m_following
            = connect(document, &TopologyDocument::nodeRenamed, this, &SelectionModel::renameNode);
}

void SelectionModel::renameNode(const QString &from, const QString &to)
{
    const int index = int(m_selected.indexOf(from));
    if (index < 0)
        return;
    QStringList nodes = m_selected;
    nodes[index] = to;
    setSelectedNodes(nodes);
}

void SelectionModel::removeNode(const QString &node)
{
    if (!m_selected.contains(node))
        return;
    QStringList nodes = m_selected;
    nodes.removeAll(node);
    setSelectedNodes(nodes);
}

} // namespace Topologist
