// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffexamples.h"

#include "testhelpers.h"
#include "yaml/toscareader.h"
#include "yaml/toscawriter.h"

namespace Topologist::Test {

ToscaArchive exampleArchive(const QString &shortName)
{
    Diagnostics diagnostics;
    return ToscaReader().read(
        readAll(bundledExample(shortName)), shortName + QStringLiteral(".yml"), &diagnostics);
}

ToscaArchive rewritten(const ToscaArchive &archive)
{
    Diagnostics diagnostics;
    return ToscaReader().read(
        ToscaWriter().write(archive), QStringLiteral("rewritten.yml"), &diagnostics);
}

NodeTemplate *firstOfType(ToscaArchive &archive, const char *type)
{
    TopologyTemplate &topology = *archive.topology;
    for (int i = 0; i < topology.nodeCount(); ++i) {
        if (topology.nodeAt(i).type == QLatin1String(type))
            return &topology.nodeAt(i);
    }
    return nullptr;
}

QStringList summary(const Changes &changes)
{
    QStringList lines;
    for (const Change &change : changes)
        lines << Change::kindName(change.kind) + QLatin1Char(' ') + Change::areaName(change.area)
                     + QLatin1Char(' ') + change.pathText();
    return lines;
}

NodeTemplate dockerEngineOn(const QString &name, const QString &host)
{
    NodeTemplate node;
    node.name = name;
    node.type = QStringLiteral("org.alien4cloud.nodes.DockerEngine");
    node.properties = Value::map();
    RequirementAssignment r;
    r.name = QStringLiteral("host");
    r.node = host;
    r.capability = QStringLiteral("tosca.capabilities.Container");
    r.relationship = QStringLiteral("tosca.relationships.HostedOn");
    r.properties = Value::map();
    node.requirements.append(r);
    return node;
}

} // namespace Topologist::Test
