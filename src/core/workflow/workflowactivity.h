// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// What one workflow step does, in Alien4Cloud's four kinds of activity.
struct WorkflowActivity
{
    enum class Kind {
        Delegate,      ///< `delegate: install`: the orchestrator runs the node's own workflow
        SetState,      ///< `set_state: started`
        CallOperation, ///< `call_operation: Standard.create`
        Inline,        ///< `inline: other_workflow`
        Unknown        ///< an activity key Topologist does not know; kept as written
    };

    Kind kind = Kind::Unknown;
    /// The delegated workflow, the state, the `Interface.operation` or the inlined workflow.
    QString value;
    /// The key as written, so that an unknown activity can still be shown.
    QString key;

    static WorkflowActivity delegate(const QString &workflow);
    static WorkflowActivity setState(const QString &state);
    static WorkflowActivity callOperation(const QString &operation);
    /// Reads a key of a YAML activity entry (`set_state`, `call_operation`...).
    static WorkflowActivity fromKey(const QString &key, const QString &value);

    /// "set_state: started", as the YAML writes it.
    QString toString() const { return key + QStringLiteral(": ") + value; }

    friend bool operator==(const WorkflowActivity &a, const WorkflowActivity &b)
    {
        return a.kind == b.kind && a.value == b.value && a.key == b.key;
    }
};

} // namespace Topologist
