// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergereport.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString shown(const Value &value)
{
    return value.isNull() ? Tr::tr("deleted") : value.toDisplayString();
}

} // namespace

QString MergeReport::line(const Conflict &conflict)
{
    return Tr::tr("CONFLICT (%1): %2: ours %3, theirs %4")
        .arg(Conflict::kindName(conflict.kind),
             conflict.id(),
             shown(conflict.ours),
             shown(conflict.theirs));
}

void MergeReport::write(const Conflicts &conflicts, QTextStream &err)
{
    for (const Conflict &conflict : conflicts)
        err << line(conflict) << '\n';
}

} // namespace Topologist
