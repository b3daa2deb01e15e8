// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/toscadialect.h"

namespace Topologist {

QStringList ToscaDialect::knownVersions()
{
    return {
        QStringLiteral("alien_dsl_1_2_0"),
        QStringLiteral("alien_dsl_1_3_0"),
        QStringLiteral("alien_dsl_1_4_0"),
        QStringLiteral("alien_dsl_2_0_0"),
        QStringLiteral("alien_dsl_3_0_0"),
        QStringLiteral("tosca_simple_yaml_1_0"),
        QStringLiteral("tosca_simple_yaml_1_1"),
        QStringLiteral("tosca_simple_yaml_1_2"),
        QStringLiteral("tosca_simple_yaml_1_3"),
        QStringLiteral("http://docs.oasis-open.org/tosca/ns/simple/yaml/1.0"),
    };
}

bool ToscaDialect::isKnown(const QString &version)
{
    return knownVersions().contains(version);
}

bool ToscaDialect::isAlienDsl(const QString &version)
{
    return version.startsWith(QLatin1String("alien_dsl_"));
}

bool ToscaDialect::isToscaSimpleProfile(const QString &version)
{
    return version.startsWith(QLatin1String("tosca_simple_yaml_"))
           || version.startsWith(QLatin1String("http://docs.oasis-open.org/tosca/ns/simple/yaml/"));
}

bool ToscaDialect::namesRelationships(const QString &version)
{
    return version == QLatin1String("alien_dsl_2_0_0")
           || version == QLatin1String("alien_dsl_3_0_0");
}

} // namespace Topologist
