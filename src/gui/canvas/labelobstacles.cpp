// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/labelobstacles.h"

#include "canvas/canvasstyle.h"

#include <QLineF>
#include <QSet>

#include <cmath>

namespace Topologist {

namespace {

/// Whether the segment `line` passes through `rect` (clipped against each side in turn).
bool lineMeetsRect(const QLineF &line, const QRectF &rect)
{
    qreal from = 0;
    qreal to = 1;
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    const qreal steps[4][2] = {{-dx, line.x1() - rect.left()},
                               {dx, rect.right() - line.x1()},
                               {-dy, line.y1() - rect.top()},
                               {dy, rect.bottom() - line.y1()}};
    for (const auto &[p, q] : steps) {
        if (p == 0) {
            if (q < 0)
                return false;
            continue;
        }
        const qreal t = q / p;
        if (p < 0)
            from = qMax(from, t);
        else
            to = qMin(to, t);
        if (from > to)
            return false;
    }
    return true;
}

} // namespace

LabelObstacles::Cells LabelObstacles::cellsOf(const QRectF &rect)
{
    return {int(std::floor(rect.left() / cellSize)),
            int(std::floor(rect.top() / cellSize)),
            int(std::floor(rect.right() / cellSize)),
            int(std::floor(rect.bottom() / cellSize))};
}

template<typename Visit>
bool LabelObstacles::visitCells(const Cells &cells, Visit &&visit) const
{
    for (int x = cells.left; x <= cells.right; ++x) {
        for (int y = cells.top; y <= cells.bottom; ++y) {
            const auto cell = m_cells.constFind(key(x, y));
            if (cell == m_cells.cend())
                continue;
            for (const QGraphicsItem *item : cell.value()) {
                if (visit(item))
                    return true;
            }
        }
    }
    return false;
}

void LabelObstacles::set(const QGraphicsItem *item, const QRectF &rect)
{
    const auto found = m_rects.find(item);
    const bool was = found != m_rects.end();
    if (was && found.value() == rect)
        return;
    const bool is = !rect.isNull();
    const Cells before = was ? cellsOf(found.value()) : Cells{};
    const Cells after = is ? cellsOf(rect) : Cells{};
    if (was && is && before == after) { // the common move: within the same cells
        found.value() = rect;
        return;
    }
    if (was) {
        for (int x = before.left; x <= before.right; ++x) {
            for (int y = before.top; y <= before.bottom; ++y) {
                const auto cell = m_cells.find(key(x, y));
                cell.value().removeOne(item);
                if (cell.value().isEmpty())
                    m_cells.erase(cell);
            }
        }
        m_rects.erase(found);
    }
    if (!is)
        return;
    m_rects.insert(item, rect);
    for (int x = after.left; x <= after.right; ++x) {
        for (int y = after.top; y <= after.bottom; ++y)
            m_cells[key(x, y)].append(item);
    }
}

void LabelObstacles::clear()
{
    m_rects.clear();
    m_cells.clear();
}

QList<const QGraphicsItem *> LabelObstacles::cardsIn(const QRectF &rect) const
{
    QSet<const QGraphicsItem *> seen;
    QList<const QGraphicsItem *> cards;
    visitCells(cellsOf(rect), [&](const QGraphicsItem *item) {
        if (item->type() == NodeItemType && !seen.contains(item)
            && m_rects.value(item).intersects(rect)) {
            seen.insert(item);
            cards.append(item);
        }
        return false;
    });
    return cards;
}

QList<QRectF> LabelObstacles::cardRectsIn(const QRectF &rect,
                                          const QGraphicsItem *skipA,
                                          const QGraphicsItem *skipB) const
{
    // Routing asks this many times per arrow: no set to make each card count once (a card
    // over two cells comes twice, which changes nothing for the router).
    QList<QRectF> rects;
    visitCells(cellsOf(rect), [&](const QGraphicsItem *item) {
        if (item->type() == NodeItemType && item != skipA && item != skipB) {
            const QRectF card = m_rects.value(item);
            if (card.intersects(rect))
                rects.append(card);
        }
        return false;
    });
    return rects;
}

bool LabelObstacles::lineCrossesCard(const QPolygonF &points,
                                     const QGraphicsItem *skipA,
                                     const QGraphicsItem *skipB) const
{
    // Every arrow asks this whenever it moves: no allocation, and each piece of the line looks
    // only at the cells it passes.
    for (int i = 1; i < points.size(); ++i) {
        const QLineF piece(points[i - 1], points[i]);
        const bool crosses = visitCells(
            cellsOf(QRectF(piece.p1(), piece.p2()).normalized()), [&](const QGraphicsItem *item) {
                return item->type() == NodeItemType && item != skipA && item != skipB
                       && lineMeetsRect(piece, m_rects.value(item));
            });
        if (crosses)
            return true;
    }
    return false;
}

LabelCover LabelObstacles::coverage(const QRectF &rect,
                                    const std::function<bool(const QGraphicsItem *)> &skip) const
{
    const Cells cells = cellsOf(rect);
    const bool oneCell = cells.left == cells.right && cells.top == cells.bottom;
    QSet<const QGraphicsItem *> seen; // an obstacle over several cells counts once
    LabelCover covered;
    visitCells(cells, [&](const QGraphicsItem *item) {
        if ((!oneCell && seen.contains(item)) || (skip && skip(item)))
            return false;
        if (!oneCell)
            seen.insert(item);
        const QRectF overlap = m_rects.value(item).intersected(rect);
        (item->type() == NodeItemType ? covered.cards : covered.labels)
            += overlap.width() * overlap.height();
        return false;
    });
    return covered;
}

} // namespace Topologist
