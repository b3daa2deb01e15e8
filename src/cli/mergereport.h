// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/conflict.h"

#include <QString>
#include <QTextStream>

namespace Topologist {

/// The conflicts of `merge`, one line each on standard error, in the manner of git:
/// `CONFLICT (both-changed): node_templates/Master/properties/port: ours 5051, theirs 5052`.
class MergeReport
{
public:
    static void write(const Conflicts &conflicts, QTextStream &err);
    static QString line(const Conflict &conflict);
};

} // namespace Topologist
