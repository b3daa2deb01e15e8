// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/setheadercommand.h"

#include "topologydocument.h"

#include <QCoreApplication>

namespace Topologist {

SetHeaderCommand::SetHeaderCommand(TopologyDocument *document,
                                   Header before,
                                   Header after,
                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change topology details"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetHeaderCommand::undo()
{
    if (m_document)
        m_document->setHeader(
            m_before.name, m_before.version, m_before.author, m_before.description);
}

void SetHeaderCommand::redo()
{
    if (m_document)
        m_document->setHeader(m_after.name, m_after.version, m_after.author, m_after.description);
}

} // namespace Topologist
