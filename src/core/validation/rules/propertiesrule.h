// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// Property values of node templates, of their capabilities and of their relationships:
/// TOPO-PROP-001 unknown property (a typo Alien4Cloud rejects with UNRECOGNIZED_PROPERTY);
/// TOPO-PROP-002 required property with no value and no default;
/// TOPO-PROP-003 value of the wrong type (e.g. `port: http`);
/// TOPO-PROP-004 value violating a constraint of its definition.
/// TOSCA functions (get_input, ...) are never judged, as in Alien4Cloud.
class PropertiesRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("properties"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
