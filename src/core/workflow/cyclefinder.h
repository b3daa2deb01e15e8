// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Topologist {

/// The loops of a directed graph: its strongly connected components that hold more than one
/// vertex, or one vertex that follows itself. Iterative (Tarjan's algorithm with an explicit
/// stack), so a chain of twenty thousand nodes does not exhaust the call stack; linear in
/// vertices and edges.
class CycleFinder
{
public:
    /// `successors[v]` lists the vertices that follow v. Each loop lists its vertices in
    /// ascending order; loops come ordered by their smallest vertex.
    static QList<QList<int>> cycles(const QList<QList<int>> &successors);
};

} // namespace Topologist
