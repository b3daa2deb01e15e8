// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// A policy of the topology (`policies:`): a typed rule applied to `targets`, node templates or
/// groups, e.g. org.alien4cloud.policies.AntiAffinity or tosca.policies.Scaling.
struct PolicyDefinition
{
    QString name;
    QString type;
    QString description;
    QStringList targets;
    Value properties;
    /// Other keys (`metadata`, `triggers`, ...), kept for saving.
    Value extras;
    SourceLocation location;

    friend bool operator==(const PolicyDefinition &a, const PolicyDefinition &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
               && a.targets == b.targets && a.properties == b.properties && a.extras == b.extras;
    }
};

using PolicyDefinitions = QList<PolicyDefinition>;

} // namespace Topologist
