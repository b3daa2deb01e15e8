// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaslayout.h"

#include "canvas/canvasstyle.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Topologist {

namespace {

constexpr qreal subColumnGap = 56;
constexpr qreal componentGap = 90;
constexpr qreal aspect = 1.6;
/// Columns shorter than this never wrap: small topologies read best as plain columns.
constexpr qreal minimumWrapHeight = 900;

struct Graph
{
    QList<QList<int>> out;
    QList<QList<int>> neighbours; // undirected
};

int find(QList<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

/// Longest path to a sink over the edges that do not close a cycle (found by a DFS in
/// document order, so the result is deterministic).
QList<int> heights(const QList<int> &members, const Graph &graph)
{
    const QSet<int> inside(members.cbegin(), members.cend());
    QHash<int, int> state; // 0 new, 1 on stack, 2 done
    QHash<int, int> height;
    for (int start : members) {
        if (state.value(start) != 0)
            continue;
        // Iterative DFS: (node, next edge index).
        QList<QPair<int, int>> stack{{start, 0}};
        state[start] = 1;
        while (!stack.isEmpty()) {
            auto &[node, edge] = stack.last();
            const QList<int> &targets = graph.out[node];
            if (edge < targets.size()) {
                const int target = targets[edge++];
                if (!inside.contains(target))
                    continue;
                if (state.value(target) == 0) {
                    state[target] = 1;
                    stack.append({target, 0});
                }
                continue; // on stack: a back edge, ignored; done: height already known
            }
            int h = 0;
            for (int target : targets) {
                if (state.value(target) == 2)
                    h = qMax(h, height.value(target) + 1);
            }
            height[node] = h;
            state[node] = 2;
            stack.removeLast();
        }
    }
    QList<int> result;
    for (int member : members)
        result.append(height.value(member));
    return result;
}

struct Placed
{
    QHash<int, QPointF> positions; // relative to the component's top-left
    QSizeF size;
};

/// Stacks columns of boxes left to right, wrapping a column into several when it is taller
/// than `maxHeight`, and centres each (sub-)column vertically.
Placed placeColumns(const QList<QList<int>> &columns,
                    const QList<CanvasLayout::Box> &boxes,
                    qreal maxHeight)
{
    struct SubColumn
    {
        QList<int> items;
        qreal width = 0;
        qreal height = 0;
    };
    QList<QList<SubColumn>> split;
    qreal componentHeight = 0;
    for (const QList<int> &column : columns) {
        QList<SubColumn> subs{SubColumn()};
        for (int i : column) {
            const QSizeF size = boxes[i].size;
            SubColumn *sub = &subs.last();
            if (!sub->items.isEmpty()
                && sub->height + CanvasStyle::layoutRowGap + size.height() > maxHeight) {
                subs.append(SubColumn());
                sub = &subs.last();
            }
            if (!sub->items.isEmpty())
                sub->height += CanvasStyle::layoutRowGap;
            sub->items.append(i);
            sub->height += size.height();
            sub->width = qMax(sub->width, size.width());
        }
        for (const SubColumn &sub : std::as_const(subs))
            componentHeight = qMax(componentHeight, sub.height);
        split.append(subs);
    }
    Placed placed;
    qreal x = 0;
    for (int c = 0; c < split.size(); ++c) {
        if (c > 0)
            x += CanvasStyle::layoutColumnGap;
        for (int s = 0; s < split[c].size(); ++s) {
            const SubColumn &sub = split[c][s];
            if (s > 0)
                x += subColumnGap;
            qreal y = std::round((componentHeight - sub.height) / 2);
            for (int i : sub.items) {
                placed.positions.insert(i, QPointF(x, y));
                y += boxes[i].size.height() + CanvasStyle::layoutRowGap;
            }
            x += sub.width;
        }
    }
    placed.size = QSizeF(x, componentHeight);
    return placed;
}

qreal wrapHeight(const QList<int> &members, const QList<CanvasLayout::Box> &boxes)
{
    qreal area = 0;
    qreal tallest = 0;
    for (int i : members) {
        const QSizeF size = boxes[i].size;
        area += (size.width() + subColumnGap) * (size.height() + CanvasStyle::layoutRowGap);
        tallest = qMax(tallest, size.height());
    }
    return std::max({std::sqrt(area / aspect), minimumWrapHeight, tallest});
}

/// Orders each column by the mean position of the neighbours in the column before (sweeping
/// right) or after (sweeping left): the classic barycentre heuristic against crossings.
void orderColumns(QList<QList<int>> &columns, const Graph &graph)
{
    QHash<int, qreal> rank;
    const auto renumber = [&](const QList<int> &column) {
        for (int i = 0; i < column.size(); ++i)
            rank[column[i]] = i;
    };
    for (const QList<int> &column : std::as_const(columns))
        renumber(column);
    const auto sweep = [&](int c, int neighbourColumn) {
        QSet<int> neighbourSet(columns[neighbourColumn].cbegin(), columns[neighbourColumn].cend());
        QHash<int, qreal> key;
        for (int i : std::as_const(columns[c])) {
            qreal sum = 0;
            int count = 0;
            for (int n : graph.neighbours[i]) {
                if (neighbourSet.contains(n)) {
                    sum += rank.value(n) / qMax<qreal>(1, columns[neighbourColumn].size() - 1);
                    ++count;
                }
            }
            // Boxes without neighbours there keep their place relative to the others.
            key[i]
                = count > 0 ? sum / count : rank.value(i) / qMax<qreal>(1, columns[c].size() - 1);
        }
        std::stable_sort(
            columns[c].begin(), columns[c].end(), [&](int a, int b) { return key[a] < key[b]; });
        renumber(columns[c]);
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = 1; c < columns.size(); ++c)
            sweep(c, c - 1);
        for (int c = int(columns.size()) - 2; c >= 0; --c)
            sweep(c, c + 1);
    }
}

} // namespace

namespace {

/// The graph of the boxes' relationships, and (in `parent`) which boxes are connected at all.
Graph buildGraph(const QList<CanvasLayout::Box> &boxes,
                 const QList<QPair<QString, QString>> &edges,
                 QList<int> *parent)
{
    const int n = int(boxes.size());
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(boxes[i].name, i);
    Graph graph;
    graph.out.resize(n);
    graph.neighbours.resize(n);
    parent->resize(n);
    std::iota(parent->begin(), parent->end(), 0);
    QSet<quint64> seen;
    for (const auto &[from, to] : edges) {
        const int a = index.value(from, -1);
        const int b = index.value(to, -1);
        if (a < 0 || b < 0 || a == b || seen.contains(quint64(a) << 32 | quint64(b)))
            continue;
        seen.insert(quint64(a) << 32 | quint64(b));
        graph.out[a].append(b);
        if (!seen.contains(quint64(b) << 32 | quint64(a))) {
            graph.neighbours[a].append(b);
            graph.neighbours[b].append(a);
        }
        (*parent)[find(*parent, a)] = find(*parent, b);
    }
    return graph;
}

/// Connected groups of boxes, in document order of their first box.
QList<QList<int>> componentsOf(QList<int> &parent)
{
    QList<QList<int>> components;
    QHash<int, int> componentOf;
    for (int i = 0; i < parent.size(); ++i) {
        const int root = find(parent, i);
        auto it = componentOf.constFind(root);
        if (it == componentOf.constEnd()) {
            componentOf.insert(root, int(components.size()));
            components.append(QList<int>{i});
        } else {
            components[*it].append(i);
        }
    }
    return components;
}

/// Each group laid out in columns; lone boxes gathered in one grid.
QList<Placed> placeComponents(const QList<QList<int>> &components,
                              const Graph &graph,
                              const QList<CanvasLayout::Box> &boxes)
{
    QList<Placed> placed;
    QList<int> singles;
    for (const QList<int> &members : components) {
        if (members.size() == 1) {
            singles.append(members.first());
            continue;
        }
        const QList<int> h = heights(members, graph);
        const int maxHeight = *std::max_element(h.cbegin(), h.cend());
        QList<QList<int>> columns(maxHeight + 1);
        for (int k = 0; k < members.size(); ++k)
            columns[maxHeight - h[k]].append(members[k]);
        orderColumns(columns, graph);
        placed.append(placeColumns(columns, boxes, wrapHeight(members, boxes)));
    }
    if (!singles.isEmpty())
        placed.append(placeColumns(QList<QList<int>>{singles}, boxes, wrapHeight(singles, boxes)));
    return placed;
}

/// Shelf packing, biggest group first, rows no wider than a 16:10 page of everything.
QHash<QString, QPointF>
pack(const QList<Placed> &placed, const QList<CanvasLayout::Box> &boxes, const QPointF &origin)
{
    QList<int> order(placed.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return placed[a].size.width() * placed[a].size.height()
               > placed[b].size.width() * placed[b].size.height();
    });
    qreal totalArea = 0;
    qreal widest = 0;
    for (const Placed &p : std::as_const(placed)) {
        totalArea += (p.size.width() + componentGap) * (p.size.height() + componentGap);
        widest = qMax(widest, p.size.width());
    }
    // A little wider than the ideal page: otherwise groups of equal size end up one per row
    // and the whole stacks up into a tall strip.
    const qreal rowWidth = qMax(widest, std::sqrt(totalArea * aspect) * 1.25);
    QHash<QString, QPointF> result;
    qreal x = 0;
    qreal y = 0;
    qreal rowHeight = 0;
    for (int k : std::as_const(order)) {
        const Placed &p = placed[k];
        if (x > 0 && x + p.size.width() > rowWidth) {
            x = 0;
            y += rowHeight + componentGap;
            rowHeight = 0;
        }
        for (auto it = p.positions.cbegin(); it != p.positions.cend(); ++it) {
            const QPointF at = origin + QPointF(x, y) + it.value();
            result.insert(boxes[it.key()].name, QPointF(std::round(at.x()), std::round(at.y())));
        }
        x += p.size.width() + componentGap;
        rowHeight = qMax(rowHeight, p.size.height());
    }
    return result;
}

} // namespace

QHash<QString, QPointF> CanvasLayout::arrange(const QList<Box> &boxes,
                                              const QList<QPair<QString, QString>> &edges,
                                              const QPointF &origin)
{
    QList<int> parent;
    const Graph graph = buildGraph(boxes, edges, &parent);
    return pack(placeComponents(componentsOf(parent), graph, boxes), boxes, origin);
}

} // namespace Topologist
