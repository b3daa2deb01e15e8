// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflow.h"

namespace Topologist {

Workflow::Workflow(const QString &name, bool generated)
    : m_name(name)
    , m_generated(generated)
{}

const WorkflowStep *Workflow::step(const QString &name) const
{
    const int index = indexOf(name);
    return index >= 0 ? &m_steps[index] : nullptr;
}

QString Workflow::addStep(WorkflowStep step)
{
    const QString base = step.name;
    for (int increment = 1; m_index.contains(step.name); ++increment)
        step.name = base + QLatin1Char('_') + QString::number(increment);
    m_index.insert(step.name, int(m_steps.size()));
    m_steps.append(std::move(step));
    return m_steps.last().name;
}

void Workflow::link(const QString &from, const QString &to)
{
    const int index = indexOf(from);
    if (index < 0 || !m_index.contains(to))
        return;
    QStringList &following = m_steps[index].onSuccess;
    if (!following.contains(to))
        following.append(to);
}

} // namespace Topologist
