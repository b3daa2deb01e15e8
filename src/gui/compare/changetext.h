// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"
#include "diff/conflict.h"

#include <QString>

namespace Topologist {

/// Changes and conflicts in words for the Changes and Conflicts panels: what they are about
/// (a node, "inputs/zone", "metadata") and what happened to it ("properties/port changed").
class ChangeText
{
public:
    /// The node the change is in (its old name when it was removed), else the section and the
    /// element of it.
    static QString subject(const Change &change);
    static QString description(const Change &change);
    /// The node the conflict is in as the document names it, else the section and element.
    static QString subject(const Conflict &conflict);
    static QString description(const Conflict &conflict);

private:
    /// The path below what subject() names (properties/port), empty for a whole element.
    static QString detail(const QStringList &path);
    static QString subjectOf(const QStringList &path);
};

} // namespace Topologist
