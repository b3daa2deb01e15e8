// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// The facts of Alien4Cloud's declarative workflow defaults (its
/// declarative-workflows-2.0.0.yml) that decide the generated install and uninstall: each
/// node's lifecycle, the operations of each relationship and how they wait on the two nodes,
/// and the weaving that makes one node wait for the other.
///
/// Alien4Cloud 2.x and 3.x weave every relationship the same way (tosca.relationships.Root):
/// HostedOn, DependsOn and ConnectsTo differ in what the validator checks, not in order.
class DeclarativeWorkflows
{
public:
    enum class Side { Source, Target };

    /// A relationship operation waits for (`after`) or is waited for by (`!after`) a step of
    /// one of its two nodes.
    struct Link
    {
        Side side;
        QString nodeStep;
        bool after;
    };
    struct RelationshipOperation
    {
        QString name;
        /// The node whose machine runs it.
        Side host;
        QList<Link> links;
    };
    /// The `waiting` node's `waitingStep` waits for the other node's `awaitedStep`.
    struct Weaving
    {
        Side waiting = Side::Source;
        QString waitingStep;
        QString awaitedStep;
    };

    static QString install() { return QStringLiteral("install"); }
    static QString uninstall() { return QStringLiteral("uninstall"); }

    /// A node's steps in `workflow`, in the order they run: states and operations alternate
    /// (initial, creating, create, created...). Empty for a workflow with no default.
    static QStringList nodeLifecycle(const QString &workflow);
    /// True for the lifecycle entries that call an operation (create, configure, start, stop,
    /// delete); the others set a state.
    static bool isOperation(const QString &lifecycleEntry);
    static QList<RelationshipOperation> relationshipOperations(const QString &workflow);
    static Weaving weaving(const QString &workflow);
    /// Nodes the orchestrator's location provides itself (machines, networks, volumes) are one
    /// delegate step each; these are the types that make a node so.
    static QStringList nativeNodeTypes();
};

} // namespace Topologist
