// SPDX-License-Identifier: GPL-3.0-or-later
#include "alien4cloud/alien4cloudpushchanges.h"

#include "alien4cloud/alien4cloudpushhistory.h"
#include "diff/topologydiff.h"
#include "model/toscaarchive.h"
#include "yaml/toscareader.h"

#include <QLocale>

namespace Topologist {

Alien4CloudPushChanges Alien4CloudPushChanges::since(const Alien4CloudPushHistory &history,
                                                     const QString &server,
                                                     const ToscaArchive &current)
{
    Alien4CloudPushChanges result;
    result.archive = current.id();
    result.server = server;
    const std::optional<Alien4CloudPushRecord> last = history.last(server, current.id());
    if (!last)
        return result;
    Diagnostics ignored;
    const ToscaArchive pushed
        = ToscaReader().read(last->definitions, QStringLiteral("pushed.yml"), &ignored);
    // What cannot be read back as a topology is no record of one.
    if (!pushed.topology)
        return result;
    result.lastPush = last->pushedAt;
    result.changes = TopologyDiff::withoutLayout(TopologyDiff::compare(pushed, current));
    return result;
}

QString Alien4CloudPushChanges::headline() const
{
    if (isFirstPush())
        return tr("First push of %1 to %2").arg(archive, server);
    const QString when = QLocale().toString(lastPush.toLocalTime(), QLocale::ShortFormat);
    if (changes.isEmpty())
        return tr("No changes since the last push to %1 on %2").arg(server, when);
    return tr("Changes since the last push to %1 on %2").arg(server, when);
}

} // namespace Topologist
