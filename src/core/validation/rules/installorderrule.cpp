// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rules/installorderrule.h"

#include "validation/validationcontext.h"
#include "workflow/cyclefinder.h"

#include <QCoreApplication>
#include <QSet>

namespace Topologist {

void InstallOrderRule::checkTopology(const ValidationContext &context, Problems *problems) const
{
    const TopologyTemplate &topology = context.topology();
    const int count = topology.nodeCount();
    QList<QList<int>> waitsFor(count);
    for (int i = 0; i < count; ++i) {
        for (const QString &target : context.relations().targetsOf(topology.nodeAt(i).name)) {
            const int index = topology.indexOf(target);
            if (index >= 0)
                waitsFor[i].append(index);
        }
    }
    QSet<QString> reported;
    for (const QList<int> &loop : CycleFinder::cycles(waitsFor)) {
        QStringList members;
        for (int index : loop)
            members << topology.nodeAt(index).name;
        reported.unite(QSet<QString>(members.cbegin(), members.cend()));
        if (!isHostingLoop(context, members)) {
            const NodeTemplate &first = topology.nodeAt(loop.first());
            problems->append(Problem::make(
                Severity::Error,
                QStringLiteral("TOPO-WF-001"),
                first.name,
                ProblemMember(),
                first.location,
                QCoreApplication::translate("Validation",
                                            "install order loop: %1 each wait for another of "
                                            "them to be started, so none is ever installed")
                    .arg(members.join(QStringLiteral(", ")))));
        }
        reportWaiting(context, members, &reported, problems);
    }
}

bool InstallOrderRule::mayFindAfter(const ValidationContext &context,
                                    const QSet<QString> &reshaped) const
{
    for (const QString &start : reshaped) {
        QSet<QString> seen;
        QStringList stack = context.relations().targetsOf(start);
        while (!stack.isEmpty()) {
            const QString name = stack.takeLast();
            if (name == start)
                return true;
            if (seen.contains(name))
                continue;
            seen.insert(name);
            stack += context.relations().targetsOf(name);
        }
    }
    return false;
}

bool InstallOrderRule::isHostingLoop(const ValidationContext &context, const QStringList &members)
{
    for (const QString &member : members) {
        if (!members.contains(context.hostOf(member)))
            return false;
    }
    return true;
}

void InstallOrderRule::reportWaiting(const ValidationContext &context,
                                     const QStringList &loopMembers,
                                     QSet<QString> *reported,
                                     Problems *problems)
{
    // Walks back from the loop to every node that waits on it, nearest first.
    QList<std::pair<QString, QString>> queue; // the waiting node, the loop node it waits on
    for (const QString &member : loopMembers) {
        for (const QString &source : context.sourcesOf(member))
            queue.append({source, member});
    }
    for (int i = 0; i < queue.size(); ++i) {
        const auto [name, loopNode] = queue[i];
        const NodeTemplate *node = context.topology().node(name);
        if (!node || reported->contains(name))
            continue;
        reported->insert(name);
        problems->append(Problem::make(
            Severity::Warning,
            QStringLiteral("TOPO-WF-002"),
            name,
            ProblemMember(),
            node->location,
            QCoreApplication::translate(
                "Validation", "never installed: it waits for %1, which is in an install order loop")
                .arg(loopNode)));
        for (const QString &source : context.sourcesOf(name))
            queue.append({source, loopNode});
    }
}

} // namespace Topologist
