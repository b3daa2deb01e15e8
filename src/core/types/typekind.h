// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// The TOSCA type families. Each family has its own name space and derived_from chains.
enum class TypeKind { Data, Artifact, Capability, Interface, Relationship, Node, Group, Policy };

/// The top-level YAML section of a family (`node_types`).
QString typeSectionName(TypeKind kind);
/// A family name for messages ("node type").
QString typeKindDisplayName(TypeKind kind);

} // namespace Topologist
