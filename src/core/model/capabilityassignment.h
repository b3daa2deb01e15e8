// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// Property values a node template sets on one of its capabilities (`os`, `scalable`, ...).
struct CapabilityAssignment
{
    QString name;
    Value properties;
    Value extras;
    SourceLocation location;

    friend bool operator==(const CapabilityAssignment &a, const CapabilityAssignment &b)
    {
        return a.name == b.name && a.properties == b.properties && a.extras == b.extras;
    }
};

using CapabilityAssignments = QList<CapabilityAssignment>;

} // namespace Topologist
