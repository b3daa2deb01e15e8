// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commentmap.h"
#include "model/value.h"

#include <QMap>

namespace Topologist {

/// Where each mapping key and list item of a parsed document starts, by path (see CommentMap),
/// and which element starts each line. Comments are attached through it when reading and placed
/// through it in the written text.
class ElementLines
{
public:
    explicit ElementLines(const Value &root);

    /// 1-based line where `path` starts, 0 when the document has no such element.
    int lineOf(const CommentMap::Path &path) const { return m_byPath.value(path); }
    /// The outermost element starting on the first line at or after `line` that starts one, or
    /// null.
    const CommentMap::Path *atOrAfter(int line) const;
    /// The outermost element starting on the last line at or before `line` that starts one, or
    /// null.
    const CommentMap::Path *atOrBefore(int line) const;
    /// Line of the first element, 0 for a document without any.
    int firstLine() const { return m_byLine.isEmpty() ? 0 : m_byLine.firstKey(); }

private:
    void add(const CommentMap::Path &path, int line);
    void walk(const Value &value, CommentMap::Path *path);

    QMap<int, CommentMap::Path> m_byLine;
    QMap<CommentMap::Path, int> m_byPath;
};

} // namespace Topologist
