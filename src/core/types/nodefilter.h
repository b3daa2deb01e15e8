// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "types/capabilityfilter.h"
#include "types/propertyfilter.h"

namespace Topologist {

/// A requirement's node_filter: what the target node's properties and capability properties
/// must satisfy.
struct NodeFilter
{
    PropertyFilters properties;
    CapabilityFilters capabilities;
    SourceLocation location;

    bool isEmpty() const { return properties.isEmpty() && capabilities.isEmpty(); }

    friend bool operator==(const NodeFilter &a, const NodeFilter &b)
    {
        return a.properties == b.properties && a.capabilities == b.capabilities;
    }
};

} // namespace Topologist
