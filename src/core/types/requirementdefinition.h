// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "types/nodefilter.h"
#include "types/occurrences.h"

#include <QList>
#include <QString>

#include <optional>

namespace Topologist {

/// A requirement a node type declares: the capability type it needs, optionally the node type
/// and relationship type, how many times (default [1, 1]) and a node_filter on the target.
struct RequirementDefinition
{
    QString name;
    QString capability;
    QString node;
    QString relationship;
    QString capabilityName;
    QString description;
    Occurrences occurrences; // [1, 1] unless written
    std::optional<NodeFilter> nodeFilter;
    SourceLocation location;

    friend bool operator==(const RequirementDefinition &a, const RequirementDefinition &b)
    {
        return a.name == b.name && a.capability == b.capability && a.node == b.node
               && a.relationship == b.relationship && a.capabilityName == b.capabilityName
               && a.description == b.description && a.occurrences == b.occurrences
               && a.nodeFilter == b.nodeFilter;
    }
};

using RequirementDefinitions = QList<RequirementDefinition>;

} // namespace Topologist
