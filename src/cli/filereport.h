// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QString>

namespace Topologist {

/// What validating one input file produced, for the report writers.
struct FileReport
{
    QString file;
    /// False when the file could not be read or parsed at all (exit status 2).
    bool readable = true;
    Problems problems;
};

} // namespace Topologist
