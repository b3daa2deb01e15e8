// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace Topologist {

/// Where a command writes: reports to `out`, diagnostics and progress to `err`, so a report
/// piped into another tool is never mixed with messages.
struct CliOutput
{
    QTextStream &out;
    QTextStream &err;
};

} // namespace Topologist
