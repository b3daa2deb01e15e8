// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/setmetadatatagscommand.h"

#include "topologydocument.h"

#include <QCoreApplication>

namespace Topologist {

SetMetadataTagsCommand::SetMetadataTagsCommand(TopologyDocument *document,
                                               Tags before,
                                               Tags after,
                                               QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change metadata"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetMetadataTagsCommand::undo()
{
    if (m_document)
        m_document->setMetadataTags(m_before);
}

void SetMetadataTagsCommand::redo()
{
    if (m_document)
        m_document->setMetadataTags(m_after);
}

} // namespace Topologist
