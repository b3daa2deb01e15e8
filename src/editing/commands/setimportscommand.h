// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/archiveimport.h"

#include <QPointer>
#include <QUndoCommand>

namespace Topologist {

class TopologyDocument;

/// Changes the archives a topology imports (e.g. when a type from a new archive is dropped on
/// the canvas); the document re-resolves its types.
class SetImportsCommand : public QUndoCommand
{
public:
    SetImportsCommand(TopologyDocument *document,
                      ArchiveImports before,
                      ArchiveImports after,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QPointer<TopologyDocument> m_document;
    ArchiveImports m_before;
    ArchiveImports m_after;
};

} // namespace Topologist
