// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <utility>

namespace Topologist {

class TopologyDocument;

/// Changes the topology's other `metadata:` entries (Alien4Cloud's tags, the record of merge
/// conflicts a resolution shrinks).
class SetMetadataTagsCommand : public QUndoCommand
{
public:
    using Tags = QList<std::pair<QString, QString>>;

    SetMetadataTagsCommand(TopologyDocument *document,
                           Tags before,
                           Tags after,
                           QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QPointer<TopologyDocument> m_document;
    Tags m_before;
    Tags m_after;
};

} // namespace Topologist
