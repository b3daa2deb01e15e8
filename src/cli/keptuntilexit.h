// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

namespace Topologist {

/// Keeps `value` alive until the process exits, and never frees it.
///
/// A run of the CLI reads a topology, reports on it and exits. Handing a 20,000-node model
/// back to malloc value by value is some 3% of `topologist-cli validate` (tests/bench/reader);
/// the kernel takes the whole heap back at once when the process ends. Only for what holds
/// nothing but memory: a temporary folder or an open file must still be closed as usual.
template<typename T>
void keepUntilExit(T &&value)
{
    // Deliberately never deleted (still reachable from here, so leak checkers stay quiet).
    static auto *const kept = new std::vector<std::decay_t<T>>();
    kept->push_back(std::forward<T>(value));
}

} // namespace Topologist
