// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"

#include <QString>

namespace Topologist {

/// A SourceLocation in twelve bytes, for the positions every YAML value and mapping key keeps.
///
/// A 20,000-node topology has half a million values; each kept its file name as a QString (24
/// bytes and a reference count touched on every copy). Here the name is interned once per
/// process and named by a number. File names are few (the files a session reads), so the
/// interned names are never freed.
class CompactLocation
{
public:
    CompactLocation() = default;
    explicit CompactLocation(const SourceLocation &location)
        : line(location.line)
        , column(location.column)
        , m_file(idOf(location.file))
    {}
    // Implicit on purpose: a key's location is handed wherever a SourceLocation is wanted (one
    // way only, so that `cond ? sourceLocation : compactLocation` has one meaning).
    operator SourceLocation() const { return {file(), line, column}; } // NOLINT

    /// The same file at another line and column: how a reader places every value of a file
    /// without looking the name up again.
    CompactLocation withPosition(int atLine, int atColumn) const
    {
        CompactLocation moved = *this;
        moved.line = atLine;
        moved.column = atColumn;
        return moved;
    }

    QString file() const { return m_file == 0 ? QString() : nameOf(m_file); }
    bool isValid() const { return m_file != 0; }

    int line = 0;
    int column = 0;

private:
    /// 0 for the empty name.
    static quint32 idOf(const QString &file);
    static QString nameOf(quint32 id);

    quint32 m_file = 0;
};

} // namespace Topologist
