// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Topologist {

class Value;

/// Whether two values mean the same to TOSCA. Unlike Value's operator==, the order of a map's
/// keys does not count: a reformatted file that lists a node's properties in another order
/// assigns the same values. The order of list items does count (it is data).
bool equivalent(const Value &a, const Value &b);

} // namespace Topologist
