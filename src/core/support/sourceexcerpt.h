// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Topologist {

/// The lines of a file around a position, as compilers print them under an error: the line
/// before, the line itself, and a caret under the column.
///
///     11 | topology_template:
///     12 |   node_templates: [a, b
///        |                   ^
class SourceExcerpt
{
public:
    /// `line` and `column` count from 1 (a column of 0 puts no caret). Empty when the line is
    /// not in `text`. Lines longer than fit on a screen are cut around the column.
    static QString of(const QByteArray &text, int line, int column);
};

} // namespace Topologist
