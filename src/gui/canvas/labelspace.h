// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/labelcover.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace Topologist {

/// Rectangles (cards, arrow labels) in a coarse grid, to ask quickly how much of a rectangle
/// they cover: a label placed among thousands of cards looks only at the cells it touches.
class LabelSpace
{
public:
    /// A card's rectangle; `owner` names it for coverage().
    void addCard(const QRectF &rect, const void *owner = nullptr) { add(rect, owner, true); }
    void addLabel(const QRectF &rect) { add(rect, nullptr, false); }
    /// How much of `rect` the added rectangles cover, overlaps among them counted twice,
    /// leaving out the card of `skip` when given.
    LabelCover coverage(const QRectF &rect, const void *skip = nullptr) const;

private:
    static constexpr qreal cellSize = 400;

    template<typename F>
    static void forCells(const QRectF &rect, F &&f);

    void add(const QRectF &rect, const void *owner, bool card);

    QList<QRectF> m_rects;
    QList<const void *> m_owners;
    QList<bool> m_isCard;
    QHash<quint64, QList<int>> m_cells;
};

} // namespace Topologist
