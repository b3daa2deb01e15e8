// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/interfacedefinition.h"

namespace Topologist {

QString InterfaceDefinition::canonicalName(const QString &name)
{
    if (name == QLatin1String("tosca.interfaces.node.lifecycle.Standard"))
        return QStringLiteral("Standard");
    if (name == QLatin1String("tosca.interfaces.relationship.Configure"))
        return QStringLiteral("Configure");
    return name;
}

} // namespace Topologist
