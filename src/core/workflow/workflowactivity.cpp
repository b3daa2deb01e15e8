// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowactivity.h"

namespace Topologist {

WorkflowActivity WorkflowActivity::delegate(const QString &workflow)
{
    return fromKey(QStringLiteral("delegate"), workflow);
}

WorkflowActivity WorkflowActivity::setState(const QString &state)
{
    return fromKey(QStringLiteral("set_state"), state);
}

WorkflowActivity WorkflowActivity::callOperation(const QString &operation)
{
    return fromKey(QStringLiteral("call_operation"), operation);
}

WorkflowActivity WorkflowActivity::fromKey(const QString &key, const QString &value)
{
    WorkflowActivity activity;
    activity.key = key;
    activity.value = value;
    if (key == QLatin1String("delegate"))
        activity.kind = Kind::Delegate;
    else if (key == QLatin1String("set_state"))
        activity.kind = Kind::SetState;
    else if (key == QLatin1String("call_operation"))
        activity.kind = Kind::CallOperation;
    else if (key == QLatin1String("inline"))
        activity.kind = Kind::Inline;
    return activity;
}

} // namespace Topologist
