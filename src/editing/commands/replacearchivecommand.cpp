// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/replacearchivecommand.h"

#include "topologydocument.h"

#include <QCoreApplication>

namespace Topologist {

ReplaceArchiveCommand::ReplaceArchiveCommand(TopologyDocument *document,
                                             ToscaArchive before,
                                             ToscaArchive after,
                                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change topology"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ReplaceArchiveCommand::undo()
{
    if (m_document)
        m_document->reset(m_before);
}

void ReplaceArchiveCommand::redo()
{
    if (m_document)
        m_document->reset(m_after);
}

} // namespace Topologist
