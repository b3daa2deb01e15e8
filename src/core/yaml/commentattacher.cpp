// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/commentattacher.h"

#include "yaml/commentscanner.h"
#include "yaml/elementlines.h"

namespace Topologist {

namespace {

/// The header and the trailer are written as they were, indented and apart as they were, since
/// they are often a licence or a commented-out section.
void addApart(QStringList *lines, const CommentScanner::Block &block)
{
    if (!lines->isEmpty())
        lines->append(QString());
    *lines += block.indentedLines;
}

} // namespace

CommentMap CommentAttacher::attach(const QByteArray &yaml, const Value &root)
{
    CommentMap comments;
    const QList<CommentScanner::Block> blocks = CommentScanner::scan(yaml);
    if (blocks.isEmpty())
        return comments;
    const ElementLines elements(root);
    const int firstLine = elements.firstLine();
    for (const CommentScanner::Block &block : blocks) {
        if (block.trailing) {
            // A line without an element of its own (the end of a multi-line value) belongs to
            // the element the value started with.
            if (const CommentMap::Path *path = elements.atOrBefore(block.line))
                comments.addTrailing(*path, block.lines.constFirst());
            else
                addApart(&comments.header, block);
            continue;
        }
        const CommentMap::Path *path
            = block.nextLine > 0 ? elements.atOrAfter(block.nextLine) : nullptr;
        // Above the first element, only the block right on top of it belongs to it; the
        // blocks set apart by a blank line are the file's header (a licence, say).
        const bool apart = block.nextLine != block.lastLine + 1;
        if (firstLine == 0 || (block.nextLine > 0 && block.nextLine <= firstLine && apart))
            addApart(&comments.header, block);
        else if (!path)
            addApart(&comments.trailer, block);
        else
            comments.addBefore(*path, block.lines);
    }
    return comments;
}

} // namespace Topologist
