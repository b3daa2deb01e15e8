// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace Topologist {

class TopologyDocument;

/// Changes the archive name, version, author and description (Alien4Cloud's catalog id is
/// name:version).
class SetHeaderCommand : public QUndoCommand
{
public:
    struct Header
    {
        QString name;
        QString version;
        QString author;
        QString description;
    };

    SetHeaderCommand(TopologyDocument *document,
                     Header before,
                     Header after,
                     QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QPointer<TopologyDocument> m_document;
    Header m_before;
    Header m_after;
};

} // namespace Topologist
