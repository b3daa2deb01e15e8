// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

namespace Topologist {

/// Rectangles (cards, arrow labels) in a coarse grid, to ask quickly how much of a rectangle
/// they cover: a label placed among thousands of cards looks only at the cells it touches.
class LabelSpace
{
public:
    void add(const QRectF &rect);
    /// The area of `rect` the added rectangles cover, overlaps among them counted twice.
    qreal coverage(const QRectF &rect) const;

private:
    static constexpr qreal cellSize = 400;

    template<typename F>
    static void forCells(const QRectF &rect, F &&f);

    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells;
};

} // namespace Topologist
