// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/movenodescommand.h"

#include "commands/commandids.h"
#include "topologydocument.h"

#include <QCoreApplication>

namespace Topologist {

MoveNodesCommand::MoveNodesCommand(TopologyDocument *document,
                                   QHash<QString, QPointF> before,
                                   QHash<QString, QPointF> after,
                                   bool mergeable,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{
    setText(
        m_after.size() == 1
            ? QCoreApplication::translate("Undo Commands", "Move %1").arg(m_after.cbegin().key())
            : QCoreApplication::translate(
                "Undo Commands", "Move %n nodes", nullptr, int(m_after.size())));
}

void MoveNodesCommand::undo()
{
    if (m_document)
        m_document->setNodePositions(m_before);
}

void MoveNodesCommand::redo()
{
    if (m_document)
        m_document->setNodePositions(m_after);
}

int MoveNodesCommand::id() const
{
    return m_mergeable ? Cmd_MoveNodes : -1;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MoveNodesCommand *>(other);
    if (!next || !next->m_mergeable || next->m_after.keys() != m_after.keys())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Topologist
