// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types/requirementdefinition.h"
#include "types/typedefinition.h"

#include <QString>

namespace Topologist {

class TypeRegistry;

/// Answers "can this requirement be satisfied by that node type, and through which of its
/// capabilities?" with the rule Alien4Cloud's editor uses: the capability's type must derive from
/// the requirement's capability type, the target must derive from the requirement's node type
/// (when it names one), and the relationship's valid_target_types (when set) must accept the
/// target node type or the capability type. The designer uses it to highlight drop targets and
/// filter the palette; the validator to propose quick fixes.
class RelationshipMatcher
{
public:
    explicit RelationshipMatcher(const TypeRegistry &types);

    /// The name of the capability of `target` (a resolved node type) that satisfies
    /// `requirement` through `relationshipType` (the requirement's own when empty), or empty
    /// with the reason in `why`.
    QString matchingCapability(const RequirementDefinition &requirement,
                               const QString &relationshipType,
                               const TypeDefinition &target,
                               QString *why = nullptr) const;
    /// True when `relationshipType`'s valid_target_types accept the target node type or the
    /// capability type (or it sets none).
    bool acceptsTarget(const QString &relationshipType,
                       const QString &targetNodeType,
                       const QString &capabilityType) const;

private:
    const TypeRegistry &m_types;
};

} // namespace Topologist
