// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/noderetyping.h"
#include "model/value.h"
#include "validation/quickfix.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace Topologist {

class TopologyDocument;
struct NodeTemplate;
struct RequirementDefinition;
class TypeRegistry;

/// What users do to a topology, each as one undoable step on the document's stack: add a node
/// (optionally hosted on another), connect and disconnect requirements, rename, delete with
/// relationships and hosted children, duplicate, set values, apply quick fixes, move.
///
/// The canvas, property editor, problem list and tests all go through here, so the rules of
/// what may be connected to what live in one place (RelationshipMatcher) and every view gets
/// the same refusal message.
class DocumentActions
{
public:
    explicit DocumentActions(TopologyDocument *document);

    // Questions the views ask while the user drags.

    /// Whether a new node of `nodeType` can be hosted on `host`; the hosting requirement and the
    /// host capability it would use are returned through the pointers.
    bool canHostType(const QString &nodeType,
                     const QString &host,
                     QString *reason = nullptr,
                     QString *requirement = nullptr,
                     QString *capability = nullptr) const;
    /// Whether `source`.`requirement` may get a (new) relationship to `target`: type
    /// compatibility, valid_target_types, hosting loops, and the requirement's and the target
    /// capability's upper bounds. `ignoreIndex` is a relationship being re-targeted.
    bool canConnect(const QString &source,
                    const QString &requirement,
                    const QString &target,
                    QString *reason = nullptr,
                    QString *capability = nullptr,
                    int ignoreIndex = -1) const;
    /// The requirements of `source` (declared by its type) that still accept a relationship.
    QStringList openRequirements(const QString &source) const;
    /// Every node `source`.`requirement` may get a new relationship to now: the nodes for
    /// which canConnect() says yes, in topology order, computed in one pass over the topology
    /// (canConnect per node is quadratic on large topologies). The property editor's
    /// "Connect to" choice. With `ignoreIndex`, as canConnect() for re-targeting that
    /// relationship (the canvas menu's "Host on").
    QStringList connectableTargets(const QString &source,
                                   const QString &requirement,
                                   int ignoreIndex = -1) const;
    /// What changeType() would make of `node`: what it keeps and drops. A type the topology does
    /// not import yet is judged as it would be once imported. Invalid for an unknown node or a
    /// type no archive of the type library declares.
    NodeRetyping retyping(const QString &node, const QString &newType) const;
    /// Nodes hosted, transitively, on any of `names` (what deleting them also deletes).
    QStringList hostedDescendants(const QStringList &names) const;

    // Edits. Each pushes one command (or nothing, returning false/empty with the reason).

    /// Creates a node of `nodeType` with a generated unique name. With `host`, the node is
    /// hosted there, or nothing happens when it cannot be. Adds the type's archive to the
    /// imports when the topology does not import it yet. Returns the new name.
    QString addNode(const QString &nodeType,
                    const QPointF &position,
                    const QString &host = QString(),
                    QString *error = nullptr);
    bool connect(const QString &source,
                 const QString &requirement,
                 const QString &target,
                 QString *error = nullptr);
    bool retarget(const QString &source,
                  int requirementIndex,
                  const QString &target,
                  QString *error = nullptr);
    bool disconnect(const QString &source, int requirementIndex);
    /// Deletes nodes together with their relationships and everything hosted on them.
    /// Moves every import no type library holds to the version the libraries have (one undo
    /// step); false when there is nothing to move.
    bool useAvailableImportVersions();
    bool removeNodes(const QStringList &names);
    bool renameNode(const QString &from, const QString &to, QString *error = nullptr);
    /// Gives `node` the type `newType`, keeping the properties, capabilities and requirements
    /// the new type declares and dropping the others (see NodeRetyping). Imports the type's
    /// archive when the topology does not import it yet; one undo step.
    bool changeType(const QString &node, const QString &newType, QString *error = nullptr);
    /// Copies of the nodes and their hosted subtrees, next to the originals; returns new names.
    QStringList duplicate(const QStringList &names);
    /// Inserts node templates (e.g. pasted), renaming them to free names and keeping only
    /// relationships whose targets exist. Returns the names they got.
    QStringList insertNodes(QList<NodeTemplate> nodes, const QPointF &offset, const QString &text);

    bool setProperty(const QString &node, const QString &property, const Value &value);
    bool removeProperty(const QString &node, const QString &property);
    bool setCapabilityProperty(const QString &node,
                               const QString &capability,
                               const QString &property,
                               const Value &value);
    bool removeCapabilityProperty(const QString &node,
                                  const QString &capability,
                                  const QString &property);
    /// Renames the archive and sets its version (Alien4Cloud's catalog id is name:version),
    /// keeping author and description. False when both are already so.
    bool setHeader(const QString &name, const QString &version);
    bool
    setRelationshipType(const QString &source, int requirementIndex, const QString &relationship);
    bool applyQuickFix(const QuickFix &fix, QString *error = nullptr);
    bool moveNodes(const QHash<QString, QPointF> &positions, bool mergeable = false);
    /// Gives nodes canvas positions as one undo step that, unlike moveNodes, restores "no saved
    /// position" exactly on undo. The canvas shows a file without layout with an automatic
    /// layout it does not save; the first move or layout saves those positions through here so
    /// that undo gives back the file byte for byte. Uses moveNodes when every node already has
    /// a position. False when nothing changes.
    bool placeNodes(const QHash<QString, QPointF> &positions, const QString &text = QString());

private:
    bool ensureImported(const QStringList &nodeTypes);
    static const RequirementDefinition *hostingRequirement(const TypeRegistry &types,
                                                           const QString &nodeType);

    TopologyDocument *m_document;
};

} // namespace Topologist
