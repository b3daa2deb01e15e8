// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/problembadges.h"

#include "canvas/nodeitem.h"
#include "canvas/problembadgeitem.h"
#include "canvas/relationshipitem.h"
#include "plaintext.h"

#include <QSet>

#include <algorithm>

namespace Topologist {

void ProblemBadges::update(const QHash<QString, NodeItem *> &nodes,
                           const Problems &problems,
                           QSet<QString> *badged)
{
    QHash<QString, Problems> byNode;
    for (const Problem &p : problems) {
        if (!p.node.isEmpty())
            byNode[p.node].append(p);
    }
    static const Problems none;
    QSet<QString> names = std::exchange(*badged, {});
    for (auto it = byNode.cbegin(); it != byNode.cend(); ++it)
        names.insert(it.key());
    for (const QString &name : std::as_const(names)) {
        NodeItem *item = nodes.value(name);
        if (!item)
            continue;
        const auto found = byNode.constFind(name);
        updateNode(item, found == byNode.constEnd() ? none : *found);
        const QList<RelationshipItem *> &arrows = item->outgoing();
        if (!item->problemKey().isEmpty()
            || std::any_of(arrows.cbegin(), arrows.cend(), [](const RelationshipItem *r) {
                   return !r->problemKey().isEmpty();
               }))
            badged->insert(name);
    }
}

void ProblemBadges::updateNode(NodeItem *item, const Problems &problems)
{
    QList<RelationshipItem *> &arrows = item->outgoing();
    if (problems.isEmpty() && item->problemKey().isEmpty()
        && std::all_of(arrows.cbegin(), arrows.cend(), [](const RelationshipItem *r) {
               return r->problemKey().isEmpty();
           }))
        return; // the common case: nothing before, nothing now
    QSet<int> drawn;
    for (const RelationshipItem *r : std::as_const(arrows))
        drawn.insert(r->content().requirementIndex);
    Problems own;
    QHash<int, Problems> perRelationship;
    for (const Problem &p : problems) {
        if (p.requirementIndex >= 0 && drawn.contains(p.requirementIndex))
            perRelationship[p.requirementIndex].append(p);
        else
            own.append(p);
    }
    const QString key = keyOf(own);
    if (key != item->problemKey()) {
        item->setProblemKey(key);
        item->setProblemBadge(makeBadge(own, item->name(), -1));
    }
    for (RelationshipItem *r : std::as_const(arrows)) {
        const int index = r->content().requirementIndex;
        const Problems list = perRelationship.value(index);
        const QString relationshipKey = keyOf(list);
        if (relationshipKey != r->problemKey()) {
            r->setProblemKey(relationshipKey);
            r->setProblemBadge(makeBadge(list, item->name(), index));
        }
    }
}

QString ProblemBadges::keyOf(const Problems &problems)
{
    QString key;
    for (const Problem &p : problems) {
        key += QString::number(int(p.severity)) + p.code + p.member.toString()
               + QString::number(p.requirementIndex) + p.message + QString::number(p.fixes.size())
               + QLatin1Char('\n');
    }
    return key;
}

ProblemBadgeItem *
ProblemBadges::makeBadge(const Problems &problems, const QString &node, int requirementIndex)
{
    if (problems.isEmpty())
        return nullptr;
    Severity worst = Severity::Info;
    bool fixes = false;
    QStringList lines;
    for (const Problem &p : problems) {
        worst = std::min(worst, p.severity);
        fixes = fixes || !p.fixes.isEmpty();
        lines << QStringLiteral("\u2022 ") + p.message;
    }
    auto *badge = new ProblemBadgeItem(worst, int(problems.size()), node, requirementIndex);
    if (fixes)
        lines << QString() << tr("Click for quick fixes");
    badge->setToolTip(PlainText::toHtml(lines.join(QLatin1Char('\n'))));
    return badge;
}

} // namespace Topologist
