// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"

#include <QHash>
#include <QString>

namespace Topologist {

/// Sides picked for conflicts, by Conflict::id(): a view that lets the user resolve conflicts
/// one by one merges again with the choices made so far.
using MergeChoices = QHash<QString, MergeSide>;

/// Collects the conflicts of one merge and says which side each takes: the one chosen for it,
/// or ours while nobody has chosen.
class ConflictRecorder
{
public:
    explicit ConflictRecorder(const MergeChoices &choices)
        : m_choices(choices)
    {}

    MergeSide decide(Conflict conflict);
    const Conflicts &conflicts() const { return m_conflicts; }

private:
    const MergeChoices &m_choices;
    Conflicts m_conflicts;
};

} // namespace Topologist
