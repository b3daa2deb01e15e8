// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/elementcomments.h"

#include <QMap>
#include <QStringList>

namespace Topologist {

/// The comments of a file (or of one node template) keyed by the path of the element they
/// belong to: the mapping keys and list indices from the root ("topology_template", "inputs",
/// "port"; an index is written "[0]", see indexSegment()). An index segment cannot be mistaken
/// for a key, since one parent is either a mapping or a list.
///
/// Keying by path rather than by line lets comments follow their element when the writer
/// reorders keys, and an element that is no longer written takes its comments with it.
class CommentMap
{
public:
    using Path = QStringList;

    static QString indexSegment(int index);

    /// Comments above the first element of the file (a licence header), written at the top,
    /// with their indentation; an empty line stands for a blank line between comments.
    QStringList header;
    /// Comments after the last element, written at the end, like the header.
    QStringList trailer;

    bool isEmpty() const { return header.isEmpty() && trailer.isEmpty() && m_elements.isEmpty(); }
    const QMap<Path, ElementComments> &elements() const { return m_elements; }
    /// The comments of `path`, or null.
    const ElementComments *find(const Path &path) const;
    void addBefore(const Path &path, const QStringList &lines);
    void addTrailing(const Path &path, const QString &text);
    /// Adds every element comment of `other` with `prefix` put before its path.
    void addAll(const CommentMap &other, const Path &prefix);
    /// Removes and returns the element comments under `prefix` (itself included), with paths
    /// relative to it; used to hand a node template the comments that belong to it.
    CommentMap takeUnder(const Path &prefix);

    friend bool operator==(const CommentMap &a, const CommentMap &b)
    {
        return a.header == b.header && a.trailer == b.trailer && a.m_elements == b.m_elements;
    }
    friend bool operator!=(const CommentMap &a, const CommentMap &b) { return !(a == b); }

private:
    QMap<Path, ElementComments> m_elements;
};

} // namespace Topologist
