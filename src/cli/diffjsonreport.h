// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"

#include <QByteArray>
#include <QString>

namespace Topologist {

/// `diff --format json`: {"before", "after", "equal", "changes": [...], "layout": [...]}, each
/// change with its kind, area, node, path (a list of keys) and before/after values (null when
/// absent), for scripts and the CI.
class DiffJsonReport
{
public:
    static QByteArray write(const QString &before, const QString &after, const Changes &changes);
};

} // namespace Topologist
