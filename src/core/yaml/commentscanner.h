// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Topologist {

/// Finds the `#` comments of a YAML text, which yaml-cpp's parser drops. A `#` starts a comment
/// only at the start of a line or after white space, and never inside a quoted scalar or a block
/// scalar (`|`, `>`), as the YAML specification says.
class CommentScanner
{
public:
    struct Block
    {
        /// Each comment from its `#` on, trailing white space removed.
        QStringList lines;
        /// The same with the indentation they had.
        QStringList indentedLines;
        /// 1-based lines of the first and the last comment.
        int line = 0;
        int lastLine = 0;
        /// The first line after the block that holds content (0 at the end of the text); for a
        /// trailing comment, its own line.
        int nextLine = 0;
        /// A comment at the end of a line that holds content, rather than whole comment lines.
        bool trailing = false;
    };

    /// Consecutive whole-line comments form one block; a blank line starts another.
    static QList<Block> scan(const QByteArray &yaml);
};

} // namespace Topologist
