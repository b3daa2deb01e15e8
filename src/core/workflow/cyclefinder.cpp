// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/cyclefinder.h"

#include <algorithm>
#include <utility>

namespace Topologist {

QList<QList<int>> CycleFinder::cycles(const QList<QList<int>> &successors)
{
    const int count = int(successors.size());
    QList<int> index(count, -1);
    QList<int> lowLink(count, 0);
    QList<bool> onStack(count, false);
    QList<int> stack;
    QList<QList<int>> result;
    int next = 0;
    // Each frame is a vertex and how many of its successors have been visited.
    QList<std::pair<int, int>> frames;
    for (int root = 0; root < count; ++root) {
        if (index[root] >= 0)
            continue;
        frames.append({root, 0});
        index[root] = lowLink[root] = next++;
        stack.append(root);
        onStack[root] = true;
        while (!frames.isEmpty()) {
            auto &[vertex, visited] = frames.last();
            if (visited < successors[vertex].size()) {
                const int child = successors[vertex][visited++];
                if (child < 0 || child >= count)
                    continue;
                if (index[child] < 0) {
                    index[child] = lowLink[child] = next++;
                    stack.append(child);
                    onStack[child] = true;
                    frames.append({child, 0});
                } else if (onStack[child]) {
                    lowLink[vertex] = std::min(lowLink[vertex], index[child]);
                }
                continue;
            }
            const int done = vertex;
            frames.removeLast();
            if (!frames.isEmpty())
                lowLink[frames.last().first]
                    = std::min(lowLink[frames.last().first], lowLink[done]);
            if (lowLink[done] != index[done])
                continue;
            QList<int> component;
            int member = -1;
            do {
                member = stack.takeLast();
                onStack[member] = false;
                component.append(member);
            } while (member != done);
            const bool loop = component.size() > 1 || successors[done].contains(done);
            if (loop) {
                std::sort(component.begin(), component.end());
                result.append(component);
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const QList<int> &a, const QList<int> &b) {
        return a.first() < b.first();
    });
    return result;
}

} // namespace Topologist
