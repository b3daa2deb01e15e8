// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasedits.h"

#include "canvas/nodeitem.h"
#include "canvas/relationshipitem.h"
#include "canvas/rootplacement.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "topologydocument.h"

#include <QMap>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace Topologist {

CanvasEdits::CanvasEdits(TopologyScene &scene)
    : m_scene(scene)
{}

bool CanvasEdits::commitRootPositions(const QHash<QString, QPointF> &positions,
                                      bool mergeable,
                                      const QString &text)
{
    if (!m_scene.documentActions())
        return false;
    QHash<QString, QPointF> all;
    bool unsaved = false;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        all.insert(it.key(), RootPlacement::rounded(it.value()));
        unsaved = unsaved || !m_scene.hasSavedPosition(it.key());
    }
    for (NodeItem *root : m_scene.rootItems()) {
        if (m_scene.hasSavedPosition(root->name()) || all.contains(root->name()))
            continue;
        unsaved = true;
        all.insert(root->name(), RootPlacement::rounded(root->pos()));
    }
    if (!unsaved)
        return m_scene.documentActions()->moveNodes(all, mergeable);
    return m_scene.documentActions()->placeNodes(all, text);
}

bool CanvasEdits::nudgeSelection(const QPointF &delta)
{
    QHash<QString, QPointF> positions;
    for (QGraphicsItem *item : m_scene.selectedItems()) {
        if (item->type() == NodeItem::Type && !item->parentItem())
            positions.insert(static_cast<NodeItem *>(item)->name(), item->pos() + delta);
    }
    if (positions.isEmpty())
        return false;
    return commitRootPositions(positions, true);
}

bool CanvasEdits::deleteSelectedRelationships()
{
    const QList<RelationshipItem *> selected = m_scene.selectedRelationships();
    if (selected.isEmpty() || !m_scene.documentActions())
        return false;
    QMap<QString, QList<int>> bySource;
    for (RelationshipItem *r : selected)
        bySource[r->content().source].append(r->content().requirementIndex);
    if (selected.size() == 1)
        return m_scene.documentActions()->disconnect(selected.first()->content().source,
                                                     selected.first()->content().requirementIndex);
    QUndoStack *stack = m_scene.document()->undoStack();
    stack->beginMacro(tr("Delete %n relationships", nullptr, int(selected.size())));
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        // Highest index first, so the others keep their index.
        std::sort(it->begin(), it->end(), std::greater<int>());
        for (int index : std::as_const(*it))
            m_scene.documentActions()->disconnect(it.key(), index);
    }
    stack->endMacro();
    return true;
}

} // namespace Topologist
