// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelspace.h"

#include <QSet>

#include <cmath>

namespace Topologist {

template<typename F>
void LabelSpace::forCells(const QRectF &rect, F &&f)
{
    const int left = int(std::floor(rect.left() / cellSize));
    const int right = int(std::floor(rect.right() / cellSize));
    const int top = int(std::floor(rect.top() / cellSize));
    const int bottom = int(std::floor(rect.bottom() / cellSize));
    for (int x = left; x <= right; ++x) {
        for (int y = top; y <= bottom; ++y)
            f(quint64(quint32(x)) << 32 | quint32(y));
    }
}

void LabelSpace::add(const QRectF &rect, const void *owner, bool card)
{
    const int id = int(m_rects.size());
    m_rects.append(rect);
    m_owners.append(owner);
    m_isCard.append(card);
    forCells(rect, [&](quint64 cell) { m_cells[cell].append(id); });
}

LabelCover LabelSpace::coverage(const QRectF &rect, const void *skip) const
{
    QSet<int> seen;
    LabelCover covered;
    forCells(rect, [&](quint64 cell) {
        for (int id : m_cells.value(cell)) {
            if (seen.contains(id) || (skip && m_owners[id] == skip))
                continue;
            seen.insert(id);
            const QRectF overlap = m_rects[id].intersected(rect);
            (m_isCard[id] ? covered.cards : covered.labels) += overlap.width() * overlap.height();
        }
    });
    return covered;
}

} // namespace Topologist
