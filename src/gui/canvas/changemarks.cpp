// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/changemarks.h"

#include "comparison.h"

namespace Topologist {

NodeItem::ChangeMark ChangeMarks::of(const Comparison *comparison, const QString &name)
{
    if (!comparison)
        return NodeItem::ChangeMark::None;
    const std::optional<Change::Kind> change = comparison->nodeChange(name);
    if (!change)
        return NodeItem::ChangeMark::None;
    return *change == Change::Kind::Added ? NodeItem::ChangeMark::Added
                                          : NodeItem::ChangeMark::Changed;
}

void ChangeMarks::update(const QHash<QString, NodeItem *> &items, const Comparison *comparison)
{
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        it.value()->setChangeMark(of(comparison, it.key()));
}

} // namespace Topologist
