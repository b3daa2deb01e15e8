// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/nodetemplate.h"

namespace Topologist {

const CapabilityAssignment *NodeTemplate::capability(const QString &capabilityName) const
{
    for (const CapabilityAssignment &assignment : capabilities) {
        if (assignment.name == capabilityName)
            return &assignment;
    }
    return nullptr;
}

CapabilityAssignment *NodeTemplate::capability(const QString &capabilityName)
{
    for (CapabilityAssignment &assignment : capabilities) {
        if (assignment.name == capabilityName)
            return &assignment;
    }
    return nullptr;
}

Value NodeTemplate::capabilityProperty(const QString &capabilityName, const QString &propertyName) const
{
    const CapabilityAssignment *assignment = capability(capabilityName);
    return assignment ? assignment->properties.value(propertyName) : Value();
}

} // namespace Topologist
