// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>

namespace Topologist {

/// Lookups by name in the lists of named elements of a topology (inputs, outputs, groups,
/// policies, substitution entries): names are unique there, so the first match is the one.

/// The index of the element called `name` in `list`, or -1.
template<typename List>
int indexByName(const List &list, const QString &name)
{
    const auto it = std::find_if(
        list.cbegin(), list.cend(), [&](const auto &element) { return element.name == name; });
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

/// The element called `name` in `list`, or null.
template<typename List>
const typename List::value_type *findByName(const List &list, const QString &name)
{
    const int index = indexByName(list, name);
    return index < 0 ? nullptr : &list[index];
}

} // namespace Topologist
