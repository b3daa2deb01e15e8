// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/customworkflowreader.h"

#include "model/value.h"

namespace Topologist {

Workflows CustomWorkflowReader::read(const Value &workflows)
{
    Workflows result;
    for (const Value::Entry &entry : workflows.entries()) {
        Workflow workflow = readWorkflow(entry.key, entry.value);
        workflow.location = entry.keyLocation;
        result.append(std::move(workflow));
    }
    return result;
}

Workflow CustomWorkflowReader::readWorkflow(const QString &name, const Value &definition)
{
    Workflow workflow(name, false);
    const Value *steps = definition.find(QStringLiteral("steps"));
    if (!steps)
        return workflow;
    for (const Value::Entry &entry : steps->entries()) {
        if (!entry.value.isMap())
            continue;
        WorkflowStep step = readStep(entry.key, entry.value);
        step.location = entry.keyLocation;
        workflow.addStep(std::move(step));
    }
    return workflow;
}

WorkflowStep CustomWorkflowReader::readStep(const QString &name, const Value &definition)
{
    WorkflowStep step;
    step.name = name;
    step.node = definition.value(QStringLiteral("target")).text();
    step.relationship = definition.value(QStringLiteral("target_relationship")).text();
    step.operationHost = definition.value(QStringLiteral("operation_host")).text();
    // value() gives a copy: the list is held here so that the loop does not outlive it.
    const Value activities = definition.value(QStringLiteral("activities"));
    for (const Value &activity : activities.items()) {
        if (activity.isMap() && activity.entries().size() == 1) {
            const Value::Entry &only = activity.entries().front();
            step.activities.append(WorkflowActivity::fromKey(only.key, only.value.text()));
        }
    }
    step.onSuccess = names(definition.value(QStringLiteral("on_success")));
    step.onFailure = names(definition.value(QStringLiteral("on_failure")));
    return step;
}

QStringList CustomWorkflowReader::names(const Value &value)
{
    if (value.isScalar())
        return {value.text()};
    QStringList result;
    for (const Value &item : value.items()) {
        if (item.isScalar())
            result.append(item.text());
    }
    return result;
}

} // namespace Topologist
