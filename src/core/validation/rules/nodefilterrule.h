// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// The node_filter a requirement's definition declares, checked against the node it targets
/// (Alien4Cloud: NODE_FILTER_INVALID):
/// TOPO-FILTER-001: a property of the target violates the filter;
/// TOPO-FILTER-002: a capability property of the target violates the filter;
/// TOPO-FILTER-003: no node up the target's hosting chain has the filtered capability.
/// As in Alien4Cloud, an unset value violates every constraint (a Mesos master with no
/// component_version is not "0.25.0"); defaults count as set. A capability the target lacks is
/// looked up along its hosting chain, because the OS a component runs on is the machine's.
class NodeFilterRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("node-filter"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
