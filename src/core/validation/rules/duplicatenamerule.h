// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/validationrule.h"

namespace Topologist {

/// TOPO-NAME-002: two node templates with the same name; every reference to the name is
/// ambiguous. Checked over the whole topology in one pass.
class DuplicateNameRule : public ValidationRule
{
public:
    QString id() const override { return QStringLiteral("duplicate-name"); }
    void checkTopology(const ValidationContext &context, Problems *problems) const override;
};

} // namespace Topologist
