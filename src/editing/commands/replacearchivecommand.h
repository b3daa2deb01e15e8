// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"

#include <QPointer>
#include <QUndoCommand>

namespace Topologist {

class TopologyDocument;

/// Replaces the whole archive, for edits of parts no finer command covers (type sections,
/// repositories, workflows, keys the model keeps as written): every view rebuilds, as after
/// File > Revert.
class ReplaceArchiveCommand : public QUndoCommand
{
public:
    ReplaceArchiveCommand(TopologyDocument *document,
                          ToscaArchive before,
                          ToscaArchive after,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QPointer<TopologyDocument> m_document;
    ToscaArchive m_before;
    ToscaArchive m_after;
};

} // namespace Topologist
