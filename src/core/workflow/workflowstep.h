// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "workflow/workflowactivity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// One step of a workflow: what it does, on which node, and which steps follow it.
struct WorkflowStep
{
    QString name;
    /// The node template the step acts on (`target`).
    QString node;
    /// For a relationship operation: the relationship (`target_relationship`), else empty.
    QString relationship;
    /// For a generated relationship operation: the node the relationship points at, so that
    /// the step can be placed on the machine that runs it. Empty otherwise.
    QString relationshipTarget;
    /// SELF, SOURCE, TARGET, HOST or ORCHESTRATOR (`operation_host`), or empty.
    QString operationHost;
    QList<WorkflowActivity> activities;
    QStringList onSuccess;
    QStringList onFailure;
    SourceLocation location;

    /// The activities as one line ("call_operation: Standard.create").
    QString activityText() const;
    /// The node whose machine runs the step: the relationship's target for an operation
    /// Alien4Cloud runs on the TARGET, else the step's node.
    QString runsOn() const;
};

} // namespace Topologist
