// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "workflow/workflowstep.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Topologist {

/// A named graph of steps: Alien4Cloud's install or uninstall generated from the relationships,
/// or a custom one from the topology's `workflows:`. A step's `onSuccess` are the steps that
/// wait for it.
class Workflow
{
public:
    Workflow() = default;
    Workflow(const QString &name, bool generated);

    const QString &name() const { return m_name; }
    /// True when Topologist derived it from the relationships, false when the topology has it.
    bool isGenerated() const { return m_generated; }
    SourceLocation location;

    const QList<WorkflowStep> &steps() const { return m_steps; }
    int stepCount() const { return int(m_steps.size()); }
    const WorkflowStep &stepAt(int index) const { return m_steps[index]; }
    /// The index of the step called `name`, or -1.
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    const WorkflowStep *step(const QString &name) const;

    /// Adds `step`; a name already taken gets `_1`, `_2`... as Alien4Cloud does. Returns the
    /// name the step got.
    QString addStep(WorkflowStep step);
    /// Makes `to` wait for `from` (both must exist); a link already there is kept once.
    void link(const QString &from, const QString &to);

private:
    QString m_name;
    bool m_generated = false;
    QList<WorkflowStep> m_steps;
    QHash<QString, int> m_index;
};

using Workflows = QList<Workflow>;

} // namespace Topologist
