// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Topologist {

/// The `tosca_definitions_version` values Topologist reads: every Alien4Cloud DSL from 1.2 to
/// 3.0 and TOSCA Simple Profile 1.0 to 1.3.
class ToscaDialect
{
public:
    /// What Topologist writes by default: the one DSL every Alien4Cloud from 1.4 to 3.x accepts.
    static QString defaultWriteVersion() { return QStringLiteral("alien_dsl_1_4_0"); }
    static QStringList knownVersions();
    static bool isKnown(const QString &version);
    static bool isAlienDsl(const QString &version);
    static bool isToscaSimpleProfile(const QString &version);
    /// alien_dsl_2_0_0 and later key requirement assignments by relationship name.
    static bool namesRelationships(const QString &version);
};

} // namespace Topologist
