// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"
#include "types/occurrences.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// A capability a node type offers. Its occurrences' upper bound caps how many relationships
/// may target it; Alien4Cloud defaults it to unbounded.
struct CapabilityDefinition
{
    QString name;
    QString type;
    QString description;
    Occurrences occurrences{1, Occurrences::Unbounded};
    QStringList validSourceTypes;
    /// Property values the type sets on this capability (rare).
    Value properties;
    SourceLocation location;

    friend bool operator==(const CapabilityDefinition &a, const CapabilityDefinition &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
               && a.occurrences == b.occurrences && a.validSourceTypes == b.validSourceTypes
               && a.properties == b.properties;
    }
};

using CapabilityDefinitions = QList<CapabilityDefinition>;

} // namespace Topologist
