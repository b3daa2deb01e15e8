// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-NAME-001: a node template name Alien4Cloud refuses (it must match ^\w+$: ASCII
/// letters, digits and underscores). The upload would rename it silently and break references
/// from outside; the fix renames it here, references included.
class NodeNameRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("node-name"); }
    void checkNode(const ValidationContext &context,
                   const NodeTemplate &node,
                   Problems *problems) const override;
    /// The name Alien4Cloud would give: accents stripped, other characters replaced by `_`.
    static QString normalizedName(const QString &name);
};

} // namespace Topologist
