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

void NodeTemplate::clearLocations()
{
    location = SourceLocation();
    typeLocation = SourceLocation();
    properties.clearLocations();
    interfaces.clearLocations();
    extras.clearLocations();
    for (CapabilityAssignment &capability : capabilities) {
        capability.location = SourceLocation();
        capability.properties.clearLocations();
        capability.extras.clearLocations();
    }
    for (RequirementAssignment &requirement : requirements) {
        requirement.location = SourceLocation();
        requirement.nodeLocation = SourceLocation();
        requirement.properties.clearLocations();
        requirement.interfaces.clearLocations();
        requirement.extras.clearLocations();
    }
    for (ArtifactDefinition &artifact : artifacts) {
        artifact.location = SourceLocation();
        artifact.file.clearLocations();
    }
}

Value NodeTemplate::capabilityProperty(const QString &capabilityName,
                                       const QString &propertyName) const
{
    const CapabilityAssignment *assignment = capability(capabilityName);
    return assignment ? assignment->properties.value(propertyName) : Value();
}

} // namespace Topologist
