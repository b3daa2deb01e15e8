// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Topologist {

/// Where something came from: a file and a 1-based line and column. Line 0 means "the file as a
/// whole" (e.g. it cannot be opened); an empty file name means "made in the editor".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return !file.isEmpty(); }
    /// "file:line:column", shortened to what is known.
    QString toString() const;

    friend bool operator==(const SourceLocation &a, const SourceLocation &b)
    {
        return a.file == b.file && a.line == b.line && a.column == b.column;
    }
    friend bool operator!=(const SourceLocation &a, const SourceLocation &b) { return !(a == b); }
    friend bool operator<(const SourceLocation &a, const SourceLocation &b)
    {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    }
};

} // namespace Topologist
