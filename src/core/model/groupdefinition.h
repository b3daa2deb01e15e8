// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// A group of the topology (`groups:`): named node templates that share something. Alien4Cloud
/// groups list their `members` and may carry `policies` of their own (a list, kept as written);
/// TOSCA groups also have a type and properties.
struct GroupDefinition
{
    QString name;
    QString type;
    QString description;
    QStringList members;
    Value properties;
    Value policies;
    /// Other keys (`metadata`, `interfaces`, ...), kept for saving.
    Value extras;
    SourceLocation location;

    friend bool operator==(const GroupDefinition &a, const GroupDefinition &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
               && a.members == b.members && a.properties == b.properties && a.policies == b.policies
               && a.extras == b.extras;
    }
};

using GroupDefinitions = QList<GroupDefinition>;

} // namespace Topologist
