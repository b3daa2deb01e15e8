// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

/// Which version of a topology a merge takes an element from.
enum class MergeSide { Ours, Theirs };

/// An element a three-way merge could not decide: both sides changed it differently, added it
/// differently, renamed it differently, or one deleted what the other edited. `path` is the
/// element's path as in Change (node_templates/Master/properties/port); the values are null
/// where the element is absent. The merged topology holds `resolution`'s side, ours until
/// someone picks.
struct Conflict
{
    enum class Kind { BothChanged, BothAdded, DeletedByOurs, DeletedByTheirs, BothRenamed };

    Kind kind = Kind::BothChanged;
    QStringList path;
    /// The node template it is in, as named in the merged topology; empty for other sections.
    QString node;
    Value base;
    Value ours;
    Value theirs;
    /// The side picked for it (MergeChoices); none while it is unresolved.
    std::optional<MergeSide> resolution;

    /// Stable across merges of the same three versions: what a choice is recorded under.
    QString id() const { return path.join(QLatin1Char('/')); }
    bool isResolved() const { return resolution.has_value(); }

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

using Conflicts = QList<Conflict>;

} // namespace Topologist
