// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/elementlines.h"

namespace Topologist {

ElementLines::ElementLines(const Value &root)
{
    CommentMap::Path path;
    walk(root, &path);
}

const CommentMap::Path *ElementLines::atOrAfter(int line) const
{
    const auto it = m_byLine.lowerBound(line);
    return it == m_byLine.cend() ? nullptr : &it.value();
}

const CommentMap::Path *ElementLines::atOrBefore(int line) const
{
    auto it = m_byLine.upperBound(line);
    if (it == m_byLine.cbegin())
        return nullptr;
    --it;
    return &it.value();
}

void ElementLines::add(const CommentMap::Path &path, int line)
{
    if (line <= 0)
        return;
    m_byPath.insert(path, line);
    // Parents are added before their children, so the first element of a line is the outermost.
    if (!m_byLine.contains(line))
        m_byLine.insert(line, path);
}

void ElementLines::walk(const Value &value, CommentMap::Path *path)
{
    if (value.isMap()) {
        for (const Value::Entry &entry : value.entries()) {
            path->append(entry.key);
            add(*path, entry.keyLocation.line);
            walk(entry.value, path);
            path->removeLast();
        }
    } else if (value.isList()) {
        for (int i = 0; i < int(value.items().size()); ++i) {
            const Value &item = value.items()[i];
            path->append(CommentMap::indexSegment(i));
            add(*path, item.location().line);
            walk(item, path);
            path->removeLast();
        }
    }
}

} // namespace Topologist
