// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologysections.h"
#include "model/topologytemplate.h"
#include "nodestate.h"
#include "validation/quickfix.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QUndoCommand;

namespace Topologist {

class TopologyDocument;

/// Builds one undoable edit of a document: ask it for the nodes you want to change, change
/// them, then turn it into a command and push it. It records each touched node as it was
/// (the first time it is touched) and as it ends up, so that the command can restore either.
///
/// Helpers cover the compound edits users expect as one step: removing a node also removes the
/// relationships that targeted it; renaming also updates them.
class TopologyEdit
{
public:
    explicit TopologyEdit(const TopologyDocument &document);

    /// A modifiable copy of node `name` (existing or added in this edit), or null.
    NodeTemplate *node(const QString &name);
    /// Adds a node (its name must be free); `index` -1 appends.
    bool addNode(const NodeTemplate &node, int index = -1);
    /// Removes a node and every requirement of other nodes that targets it.
    bool removeNode(const QString &name);
    /// Renames a node and every reference to it. False when `to` is taken.
    bool renameNode(const QString &from, const QString &to);
    /// Applies a validator quick fix; false with the reason when it no longer applies.
    bool applyQuickFix(const QuickFix &fix, QString *error = nullptr);

    /// A modifiable copy of the topology's inputs, outputs, groups and policies.
    TopologySections &sections();

    bool isEmpty() const;
    /// The names of the nodes that exist after the edit and were touched by it.
    QStringList touchedNodes() const;
    NodeStates before() const;
    NodeStates after() const;
    /// The document's nodes this edit renames (a node renamed twice counts once, one renamed
    /// back not at all; a node added in this edit is simply added under its last name).
    NodeRenames renames() const;
    /// The command for this edit; `mergeKey` makes successive edits of one field one undo step.
    QUndoCommand *createCommand(TopologyDocument *document,
                                const QString &text,
                                const QString &mergeKey = QString()) const;

private:
    bool exists(const QString &name) const;
    /// The topology with this edit applied so far.
    TopologyTemplate currentTopology() const;
    /// The node as this edit has it so far, or null.
    const NodeTemplate *currentNode(const QString &name) const;
    /// Records `name` as `result` has it, when that differs from what this edit has so far.
    void recordResult(const TopologyTemplate &result, const QString &name);
    int currentIndex(const QString &name) const;
    void touch(const QString &name);
    void recordRename(const QString &from, const QString &to);
    /// Whether the sections as this edit has them so far name `node`.
    bool sectionsMention(const QString &node) const;

    const TopologyDocument &m_document;
    QStringList m_order;                // touched names, in the order first touched
    QHash<QString, NodeState> m_before; // as in the document
    QHash<QString, NodeState> m_after;  // as after this edit
    NodeRenames m_renames;              // document name -> name in this edit
    int m_appended = 0;
    std::optional<TopologySections> m_sectionsBefore; // set once sections() is asked
    std::optional<TopologySections> m_sectionsAfter;
};

} // namespace Topologist
