// SPDX-License-Identifier: GPL-3.0-or-later
#include "types/typekind.h"

#include <QCoreApplication>

namespace Topologist {

QString typeSectionName(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Data:
        return QStringLiteral("data_types");
    case TypeKind::Artifact:
        return QStringLiteral("artifact_types");
    case TypeKind::Capability:
        return QStringLiteral("capability_types");
    case TypeKind::Interface:
        return QStringLiteral("interface_types");
    case TypeKind::Relationship:
        return QStringLiteral("relationship_types");
    case TypeKind::Node:
        return QStringLiteral("node_types");
    case TypeKind::Group:
        return QStringLiteral("group_types");
    case TypeKind::Policy:
        return QStringLiteral("policy_types");
    }
    return QString();
}

QString typeKindDisplayName(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Data:
        return QCoreApplication::translate("Types", "data type");
    case TypeKind::Artifact:
        return QCoreApplication::translate("Types", "artifact type");
    case TypeKind::Capability:
        return QCoreApplication::translate("Types", "capability type");
    case TypeKind::Interface:
        return QCoreApplication::translate("Types", "interface type");
    case TypeKind::Relationship:
        return QCoreApplication::translate("Types", "relationship type");
    case TypeKind::Node:
        return QCoreApplication::translate("Types", "node type");
    case TypeKind::Group:
        return QCoreApplication::translate("Types", "group type");
    case TypeKind::Policy:
        return QCoreApplication::translate("Types", "policy type");
    }
    return QString();
}

} // namespace Topologist
