// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/nodeparts.h"

#include "model/nodetemplate.h"

namespace Topologist {

NodeParts differingParts(const NodeTemplate &before, const NodeTemplate &after)
{
    NodeParts parts;
    parts.setFlag(NodePart::Type, before.type != after.type);
    parts.setFlag(NodePart::Properties, before.properties != after.properties);
    parts.setFlag(NodePart::Capabilities, before.capabilities != after.capabilities);
    parts.setFlag(NodePart::Requirements, before.requirements != after.requirements);
    parts.setFlag(NodePart::Artifacts, before.artifacts != after.artifacts);
    parts.setFlag(NodePart::Interfaces, before.interfaces != after.interfaces);
    parts.setFlag(NodePart::Position, before.position != after.position);
    parts.setFlag(NodePart::Other,
                  before.description != after.description || before.extras != after.extras
                      || before.comments != after.comments);
    return parts;
}

} // namespace Topologist
