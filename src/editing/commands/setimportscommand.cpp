// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/setimportscommand.h"

#include "topologydocument.h"

#include <QCoreApplication>

namespace Topologist {

SetImportsCommand::SetImportsCommand(TopologyDocument *document,
                                     ArchiveImports before,
                                     ArchiveImports after,
                                     QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change imports"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetImportsCommand::undo()
{
    if (m_document)
        m_document->setImports(m_before);
}

void SetImportsCommand::redo()
{
    if (m_document)
        m_document->setImports(m_after);
}

} // namespace Topologist
