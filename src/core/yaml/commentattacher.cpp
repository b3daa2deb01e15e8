// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/commentattacher.h"

#include "yaml/commentscanner.h"
#include "yaml/elementlines.h"

namespace Topologist {

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
                comments.header += block.lines;
            continue;
        }
        const CommentMap::Path *path
            = block.nextLine > 0 ? elements.atOrAfter(block.nextLine) : nullptr;
        // Above the first element, only the block right on top of it belongs to it; the
        // blocks set apart by a blank line are the file's header (a licence, say).
        const bool apart = block.nextLine != block.lastLine + 1;
        if (firstLine == 0 || (block.nextLine > 0 && block.nextLine <= firstLine && apart))
            comments.header += block.lines;
        else if (!path)
            comments.trailer += block.lines;
        else
            comments.addBefore(*path, block.lines);
    }
    return comments;
}

} // namespace Topologist
