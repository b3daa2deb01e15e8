// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

#include "model/value.h"
#include "types/propertydefinition.h"

namespace Topologist {

/// TOPO-INPUT-001: a get_input naming an input the topology does not declare (Alien4Cloud:
/// MISSING_TOPOLOGY_INPUT). No quick fix: only the user knows the input's type and whether the
/// name is a typo. TOPO-INPUT-002: a node property takes an input of another type (Alien4Cloud
/// refuses to deploy it).
class InputReferenceRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("input-reference"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;

private:
    static void checkType(const ValidationContext &context,
                          const NodeTemplate &node,
                          const ProblemMember &member,
                          const Value &value,
                          const PropertyDefinition &input,
                          const PropertyDefinition *property,
                          Problems *problems);
};

} // namespace Topologist
