// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QString>

namespace Topologist {

class ValidationContext;
struct NodeTemplate;

/// One small check. Most rules look at one node at a time (and at the nodes it targets or is
/// hosted on), which is what makes validation incremental: after an edit only the affected nodes
/// are checked again. Rules that need the whole topology implement checkTopology, which runs
/// after every edit and must stay linear in the topology size.
class ValidationRule
{
public:
    virtual ~ValidationRule() = default;

    /// Short identifier used in documentation and tests ("unknown-node-type").
    virtual QString id() const = 0;
    virtual void
    checkNode(const ValidationContext &context, const NodeTemplate &node, Problems *problems) const
    {
        Q_UNUSED(context)
        Q_UNUSED(node)
        Q_UNUSED(problems)
    }
    virtual void checkTopology(const ValidationContext &context, Problems *problems) const
    {
        Q_UNUSED(context)
        Q_UNUSED(problems)
    }
};

} // namespace Topologist
