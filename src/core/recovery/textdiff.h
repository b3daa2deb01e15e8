// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Topologist {

/// A line diff of two texts (longest common subsequence), for showing what a recovered
/// document changes against the file on disk.
class TextDiff
{
public:
    enum class Kind { Same, Removed, Added };
    struct Line
    {
        Kind kind;
        QString text;
    };

    TextDiff(const QString &before, const QString &after);

    const QList<Line> &lines() const { return m_lines; }
    bool isEmpty() const;
    /// Every line prefixed with "  ", "- " or "+ "; runs of more than `context` unchanged lines
    /// away from a change are folded into one "  …" line.
    QString toText(int context = 3) const;

private:
    QList<Line> m_lines;
};

} // namespace Topologist
