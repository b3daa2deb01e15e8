// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-NODE-001: a node template whose type is not in the archive or its imports. Alien4Cloud
/// refuses the upload with TYPE_NOT_FOUND.
class UnknownNodeTypeRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("unknown-node-type"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
};

} // namespace Topologist
