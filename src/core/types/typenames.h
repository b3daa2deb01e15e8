// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// The normative type names the code relies on, spelled once, and the short form a user reads.
class TypeNames
{
public:
    static inline const QString compute = QStringLiteral("tosca.nodes.Compute");
    static inline const QString nodeCapability = QStringLiteral("tosca.capabilities.Node");
    static inline const QString scalableCapability = QStringLiteral("tosca.capabilities.Scalable");
    static inline const QString hostedOn = QStringLiteral("tosca.relationships.HostedOn");
    static inline const QString dependsOn = QStringLiteral("tosca.relationships.DependsOn");

    /// The last part of a dotted type name ("tosca.nodes.Compute" gives "Compute"), as
    /// palettes, labels and generated node names show it.
    static QString shortName(const QString &type);
};

} // namespace Topologist
