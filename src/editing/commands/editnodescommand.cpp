// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/editnodescommand.h"

#include "commands/commandids.h"
#include "topologydocument.h"

namespace Topologist {

EditNodesCommand::EditNodesCommand(TopologyDocument *document,
                                   const QString &text,
                                   NodeStates before,
                                   NodeStates after,
                                   NodeRenames renames,
                                   const QString &mergeKey,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_renames(std::move(renames))
    , m_mergeKey(mergeKey)
{}

void EditNodesCommand::undo()
{
    if (!m_document)
        return;
    NodeRenames back;
    for (auto it = m_renames.cbegin(); it != m_renames.cend(); ++it)
        back.insert(it.value(), it.key());
    m_document->applyNodeStates(m_before, back, m_sectionsBefore ? &*m_sectionsBefore : nullptr);
}

void EditNodesCommand::redo()
{
    if (m_document)
        m_document->applyNodeStates(
            m_after, m_renames, m_sectionsAfter ? &*m_sectionsAfter : nullptr);
}

void EditNodesCommand::setSections(const TopologySections &before, const TopologySections &after)
{
    m_sectionsBefore = before;
    m_sectionsAfter = after;
}

int EditNodesCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : Cmd_EditNodes;
}

bool EditNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditNodesCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    // Field edits merge; a rename is a step of its own.
    if (!m_renames.isEmpty() || !next->m_renames.isEmpty())
        return false;
    // Same field edited again: keep where we started, take where it ended.
    QList<QString> names;
    for (const NodeState &state : m_after)
        names << state.name;
    for (const NodeState &state : next->m_after) {
        if (!names.contains(state.name))
            return false;
    }
    if (next->m_sectionsAfter) {
        if (!m_sectionsBefore)
            m_sectionsBefore = next->m_sectionsBefore;
        m_sectionsAfter = next->m_sectionsAfter;
    }
    m_after = next->m_after;
    return true;
}

} // namespace Topologist
