// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace Topologist {

class TopologyDocument;

/// Moves nodes on the canvas. The canvas moves items itself while the mouse drags and pushes
/// one of these on release; keyboard nudges of the same selection merge into one step.
class MoveNodesCommand : public QUndoCommand
{
public:
    MoveNodesCommand(TopologyDocument *document,
                     QHash<QString, QPointF> before,
                     QHash<QString, QPointF> after,
                     bool mergeable = false,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<TopologyDocument> m_document;
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
    bool m_mergeable;
};

} // namespace Topologist
