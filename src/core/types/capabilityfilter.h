// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "types/propertyfilter.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A node_filter clause on one capability of the target. `capability` is a capability NAME
/// (`os`) or a capability TYPE (`tosca.capabilities.OperatingSystem`): Alien4Cloud accepts both.
struct CapabilityFilter
{
    QString capability;
    PropertyFilters properties;
    SourceLocation location;

    friend bool operator==(const CapabilityFilter &a, const CapabilityFilter &b)
    {
        return a.capability == b.capability && a.properties == b.properties;
    }
};

using CapabilityFilters = QList<CapabilityFilter>;

} // namespace Topologist
