// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/noderenamer.h"

#include "model/topologytemplate.h"

namespace Topologist {

namespace {

void renameAll(QStringList *names, const QHash<QString, QString> &renames)
{
    for (QString &name : *names)
        name = renames.value(name, name);
}

} // namespace

void NodeRenamer::apply(TopologyTemplate *topology, const QHash<QString, QString> &renames)
{
    if (renames.isEmpty())
        return;
    QHash<QString, QString> applied;
    for (int i = 0; i < topology->nodeCount(); ++i) {
        const QString &name = topology->nodeAt(i).name;
        const auto to = renames.constFind(name);
        if (to == renames.cend() || *to == name
            || (topology->contains(*to) && !renames.contains(*to)))
            continue;
        NodeTemplate renamed = topology->nodeAt(i);
        renamed.name = *to;
        applied.insert(name, *to);
        topology->replaceNode(i, renamed);
    }
    for (int i = 0; i < topology->nodeCount(); ++i) {
        NodeTemplate &node = topology->nodeAt(i);
        for (RequirementAssignment &r : node.requirements)
            r.node = applied.value(r.node, r.node);
    }
    for (GroupDefinition &group : topology->groups)
        renameAll(&group.members, applied);
    for (PolicyDefinition &policy : topology->policies)
        renameAll(&policy.targets, applied);
}

} // namespace Topologist
