// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

struct PolicyDefinition;
struct TypeDefinition;

/// Property values of policies against their type, as node properties are checked:
/// TOPO-POLICY-004 a property the type does not declare; TOPO-POLICY-005 a value of the wrong
/// type or violating a constraint (e.g. an anti-affinity `level` outside its valid values);
/// TOPO-POLICY-006 a required property with no value and no default. Functions are not judged.
class PolicyPropertiesRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("policy-properties"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

private:
    static void checkValues(const ValidationContext &context,
                            const PolicyDefinition &policy,
                            const TypeDefinition &type,
                            Problems *problems);
    static void
    checkRequired(const PolicyDefinition &policy, const TypeDefinition &type, Problems *problems);
};

} // namespace Topologist
