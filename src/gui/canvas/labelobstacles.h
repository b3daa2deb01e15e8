// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/labelcover.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <functional>

class QGraphicsItem;

namespace Topologist {

/// What an arrow label should not cover and an arrow should go around, kept current as the
/// scene changes: the rectangle of every top-level card and of every arrow's label, in a coarse
/// grid. The scene's own index
/// cannot answer this cheaply: it finds items by their bounding rectangles, and near the
/// masters of a big cluster thousands of long arrows cross every spot a label might go.
class LabelObstacles
{
public:
    /// Sets `item`'s rectangle; a null rectangle takes it out. Node cards (NodeItemType) count
    /// as cards, anything else as a label.
    void set(const QGraphicsItem *item, const QRectF &rect);
    void remove(const QGraphicsItem *item) { set(item, QRectF()); }
    void clear();
    QRectF rectOf(const QGraphicsItem *item) const { return m_rects.value(item); }
    /// The cards whose rectangles overlap `rect`, each once.
    QList<const QGraphicsItem *> cardsIn(const QRectF &rect) const;
    /// The rectangles of the cards that overlap `rect`, but those of `skipA` and `skipB` (a
    /// card may come more than once).
    QList<QRectF>
    cardRectsIn(const QRectF &rect, const QGraphicsItem *skipA, const QGraphicsItem *skipB) const;
    /// Whether the line through `points` passes over a card other than `skipA` and `skipB`.
    bool lineCrossesCard(const QPolygonF &points,
                         const QGraphicsItem *skipA,
                         const QGraphicsItem *skipB) const;
    /// How much of `rect` the obstacles cover, each counted once (overlaps among them counted
    /// twice), leaving out those `skip` names.
    LabelCover coverage(const QRectF &rect,
                        const std::function<bool(const QGraphicsItem *)> &skip = {}) const;
    qsizetype size() const { return m_rects.size(); }

private:
    static constexpr qreal cellSize = 400;
    struct Cells
    {
        int left, top, right, bottom;
        friend bool operator==(const Cells &a, const Cells &b)
        {
            return a.left == b.left && a.top == b.top && a.right == b.right && a.bottom == b.bottom;
        }
    };
    static Cells cellsOf(const QRectF &rect);
    /// Calls `visit` with each item of each of `cells` (an item over several cells comes once
    /// per cell) until it returns true; true when it did.
    template<typename Visit>
    bool visitCells(const Cells &cells, Visit &&visit) const;
    static quint64 key(int x, int y) { return quint64(quint32(x)) << 32 | quint32(y); }

    QHash<const QGraphicsItem *, QRectF> m_rects;
    QHash<quint64, QList<const QGraphicsItem *>> m_cells;
};

} // namespace Topologist
