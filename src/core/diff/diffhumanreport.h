// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace Topologist {

/// The report of changes for people, in the manner of `git diff --stat`: one line per changed
/// element (a node template, an input, the imports...) with its count of changes and a bar of
/// + (added) - (removed) ~ (modified) > (renamed), a summary line, then each change with its
/// values. Layout changes come last, under their own heading, unless they are ignored.
///
/// The CLI's `diff` prints it whole; the push dialog shows the summary and the change lines,
/// so that both say a change the same way.
class DiffHumanReport
{
    Q_DECLARE_TR_FUNCTIONS(DiffHumanReport)

public:
    static void write(const Changes &changes, QTextStream &out);

    /// "2 elements changed, 3 changes: 1 added, 0 removed, 2 modified, 0 renamed".
    static QString summary(const Changes &changes);
    /// One change with its values: "~ node_templates/Master/properties/port: 5050 -> 5051".
    static QString detail(const Change &change);

    /// What the stat line of a change is counted under: node_templates/Master, inputs/zone,
    /// imports, metadata.
    static QString elementOf(const Change &change);
    static QChar symbolOf(Change::Kind kind);

private:
    static void writeStat(const Changes &changes, QTextStream &out);
};

} // namespace Topologist
