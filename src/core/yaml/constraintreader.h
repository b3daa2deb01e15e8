// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/diagnostic.h"
#include "types/constraint.h"

namespace Topologist {

/// TOSCA constraint clauses read from YAML, as the reader reads them in type definitions and
/// node filters and as the input dialog reads what a user types; and written back as YAML.
class ConstraintReader
{
public:
    /// The clauses of `value`: a list of `operator: argument` (also the node filter shorthand,
    /// a mapping of them, and a plain value meaning `equal`). What is not a clause is reported
    /// to `diagnostics` and left out; an unknown operator is a warning, as Alien4Cloud ignores
    /// it.
    static Constraints read(const Value &value, Diagnostics *diagnostics);
    /// `constraints` as YAML: a list of one-entry mappings; null when there are none.
    static Value toValue(const Constraints &constraints);
};

} // namespace Topologist
