// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictedexample.h"

#include "diff/mergeconflictrecord.h"
#include "diff/topologymerge.h"
#include "testhelpers.h"
#include "validation/quickfixapplier.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

namespace Topologist::Test {

namespace {

void setProperty(ToscaArchive &archive, const QString &node, const QString &key, const char *value)
{
    archive.topology->node(node)->properties.insert(key, Value::scalar(QString::fromLatin1(value)));
}

} // namespace

QByteArray conflictedMarathon()
{
    Diagnostics diagnostics;
    const ToscaArchive base
        = ToscaReader().read(readAll(bundledExample(QStringLiteral("marathon"))),
                             QStringLiteral("marathon.yml"),
                             &diagnostics);
    ToscaArchive ours = base;
    ToscaArchive theirs = base;
    const QString master = QStringLiteral("MesosMaster");
    const QString port = QStringLiteral("port");
    setProperty(ours, master, port, "5051");
    setProperty(theirs, master, port, "5052");
    const QString dns = QStringLiteral("MesosDNS");
    ours.topology->removeNodeAt(ours.topology->indexOf(dns));
    setProperty(theirs, dns, QStringLiteral("cpu_alloc"), "2.0");
    const QString balancer = QStringLiteral("MarathonLB");
    QuickFixApplier::renameNode(&*ours.topology, balancer, QStringLiteral("Balancer"));
    QuickFixApplier::renameNode(&*theirs.topology, balancer, QStringLiteral("LoadBalancer"));
    ours.version = QStringLiteral("2.0.0");
    theirs.version = QStringLiteral("3.0.0");
    MergeResult result = TopologyMerge::merge(base, ours, theirs);
    MergeConflictRecord::write(result.conflicts, &result.merged);
    return ToscaWriter().write(result.merged);
}

} // namespace Topologist::Test
