// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologysections.h"
#include "nodestate.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace Topologist {

class TopologyDocument;

/// The command behind almost every edit of a topology: it holds the touched node slots as they
/// were and as they become (and the inputs, outputs, groups and policies when the edit changed
/// them), and applies one or the other. Adding, deleting, renaming,
/// connecting, setting a property and applying a quick fix are all instances (see TopologyEdit).
///
/// Two commands with the same non-empty merge key merge into one undo step, which is how
/// typing in one property field becomes a single "Set port" rather than one step per key.
class EditNodesCommand : public QUndoCommand
{
public:
    EditNodesCommand(TopologyDocument *document,
                     const QString &text,
                     NodeStates before,
                     NodeStates after,
                     NodeRenames renames = {},
                     const QString &mergeKey = QString(),
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// The edit changes the topology's sections too, from `before` to `after`.
    void setSections(const TopologySections &before, const TopologySections &after);

    const NodeStates &before() const { return m_before; }
    const NodeStates &after() const { return m_after; }

private:
    QPointer<TopologyDocument> m_document;
    NodeStates m_before;
    NodeStates m_after;
    NodeRenames m_renames;
    QString m_mergeKey;
    std::optional<TopologySections> m_sectionsBefore;
    std::optional<TopologySections> m_sectionsAfter;
};

} // namespace Topologist
