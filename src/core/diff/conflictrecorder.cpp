// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/conflictrecorder.h"

namespace Topologist {

MergeSide ConflictRecorder::decide(Conflict conflict)
{
    const auto chosen = m_choices.constFind(conflict.id());
    if (chosen != m_choices.cend())
        conflict.resolution = *chosen;
    const MergeSide side = conflict.resolution.value_or(MergeSide::Ours);
    m_conflicts.append(std::move(conflict));
    return side;
}

} // namespace Topologist
