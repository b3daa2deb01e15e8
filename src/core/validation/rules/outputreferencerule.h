// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

class Value;
struct OutputDefinition;

/// What a topology output reads must exist. TOPO-OUTPUT-001: a get_attribute or get_property
/// of an output names a node template the topology does not have (an error: Alien4Cloud
/// refuses the topology). TOPO-OUTPUT-002: the node's type declares no such attribute or
/// property (a warning: the orchestrator may still set an attribute it does not declare).
class OutputReferenceRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("output-reference"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;

private:
    static void checkFunction(const ValidationContext &context,
                              const OutputDefinition &output,
                              const Value &value,
                              Problems *problems);
};

} // namespace Topologist
