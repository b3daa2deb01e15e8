// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowstep.h"

namespace Topologist {

QString WorkflowStep::activityText() const
{
    QStringList parts;
    for (const WorkflowActivity &activity : activities)
        parts << activity.toString();
    return parts.join(QStringLiteral(", "));
}

QString WorkflowStep::runsOn() const
{
    if (operationHost == QLatin1String("TARGET") && !relationshipTarget.isEmpty())
        return relationshipTarget;
    return node;
}

} // namespace Topologist
