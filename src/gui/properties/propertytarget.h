// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problemmember.h"

#include <QString>
#include <QStringList>

namespace Topologist {

/// Which value of a node template a property row edits: a property of the node, or of one of
/// its capabilities, and inside a complex data-type value the path of fields down to it.
struct PropertyTarget
{
    QString capability; // empty for the node's own properties
    QString property;
    QStringList path;

    /// The Problem::member the validator uses for this value; fields of a data type report
    /// on the property.
    ProblemMember member() const
    {
        if (capability.isEmpty())
            return ProblemMember::property(property);
        return ProblemMember::capabilityProperty(capability, property);
    }
    /// A unique key for lookups ("scalable/default_instances", "/credential/user").
    QString key() const
    {
        QStringList parts{capability, property};
        parts += path;
        return parts.join(QLatin1Char('/'));
    }
    QString displayName() const
    {
        QStringList parts;
        if (!capability.isEmpty())
            parts << capability;
        parts << property;
        parts += path;
        return parts.join(QLatin1Char('.'));
    }
};

} // namespace Topologist
