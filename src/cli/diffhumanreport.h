// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"

#include <QString>
#include <QTextStream>

namespace Topologist {

/// `diff`'s report for people, in the manner of `git diff --stat`: one line per changed
/// element (a node template, an input, the imports...) with its count of changes and a bar of
/// + (added) - (removed) ~ (modified) > (renamed), a summary line, then each change with its
/// values. Layout changes come last, under their own heading, unless they are ignored.
class DiffHumanReport
{
public:
    static void write(const Changes &changes, QTextStream &out);

    /// What the stat line of a change is counted under: node_templates/Master, inputs/zone,
    /// imports, metadata.
    static QString elementOf(const Change &change);
    static QChar symbolOf(Change::Kind kind);

private:
    static void writeStat(const Changes &changes, QTextStream &out);
    static void writeDetail(const Change &change, QTextStream &out);
};

} // namespace Topologist
