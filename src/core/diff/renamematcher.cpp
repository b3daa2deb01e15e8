// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/renamematcher.h"

#include "diff/elementvalues.h"
#include "model/topologytemplate.h"

#include <QSet>

#include <algorithm>

namespace Topologist {

namespace {

struct Candidate
{
    QString from;
    QString to;
    double score;
};

void flatten(const Value &value, const QString &prefix, int depth, QStringList *facts)
{
    if (value.isMap() && depth > 0) {
        for (const Value::Entry &entry : value.entries())
            flatten(entry.value, prefix + QLatin1Char('/') + entry.key, depth - 1, facts);
        return;
    }
    *facts << prefix + QLatin1Char('=') + value.toDisplayString();
}

/// Whose requirements target each of `names`: "in:Source/requirement".
QHash<QString, QStringList> incoming(const TopologyTemplate &topology, const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    QHash<QString, QStringList> result;
    for (const NodeTemplate &node : topology.nodes()) {
        for (const RequirementAssignment &r : node.requirements) {
            if (wanted.contains(r.node))
                result[r.node] << QStringLiteral("in:") + node.name + QLatin1Char('/') + r.name;
        }
    }
    return result;
}

QStringList nodeFacts(const NodeTemplate &node, const QStringList &incomingFacts)
{
    Value content = ElementValues::node(node);
    content.remove(QStringLiteral("type"));
    QStringList facts = incomingFacts;
    flatten(content, QString(), 4, &facts);
    facts.sort();
    return facts;
}

QHash<QString, QStringList> factsOf(const TopologyTemplate &topology, const QStringList &names)
{
    const QHash<QString, QStringList> in = incoming(topology, names);
    QHash<QString, QStringList> result;
    for (const QString &name : names) {
        if (const NodeTemplate *node = topology.node(name))
            result.insert(name, nodeFacts(*node, in.value(name)));
    }
    return result;
}

QString typeOf(const TopologyTemplate &topology, const QString &name)
{
    const NodeTemplate *node = topology.node(name);
    return node ? node->type : QString();
}

} // namespace

double RenameMatcher::similarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    // Both are sorted: one merge-like walk counts the shared facts.
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        const int order = a[i].compare(b[j]);
        if (order == 0) {
            ++shared;
            ++i;
            ++j;
        } else if (order < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(shared) / double(a.size() + b.size() - shared);
}

QStringList RenameMatcher::facts(const TopologyTemplate &topology, const QString &name)
{
    return factsOf(topology, {name}).value(name);
}

QHash<QString, QString> RenameMatcher::match(const TopologyTemplate &before,
                                             const TopologyTemplate &after,
                                             const QStringList &removed,
                                             const QStringList &added)
{
    QHash<QString, QString> renames;
    if (removed.isEmpty() || added.isEmpty())
        return renames;
    const QHash<QString, QStringList> oldFacts = factsOf(before, removed);
    const QHash<QString, QStringList> newFacts = factsOf(after, added);

    QHash<QString, QStringList> addedByType;
    for (const QString &to : added)
        addedByType[typeOf(after, to)] << to;
    QHash<QString, qsizetype> removedOfType;
    for (const QString &from : removed)
        ++removedOfType[typeOf(before, from)];
    QList<Candidate> candidates;
    for (const QString &from : removed) {
        const QString type = typeOf(before, from);
        const QStringList &sameType = addedByType[type];
        // Comparing every pair of a type is quadratic: past a bound (a topology renamed
        // wholesale), only the one-for-one rule below applies.
        if (removedOfType.value(type) * sameType.size() > MaxPairs)
            continue;
        for (const QString &to : sameType) {
            const double score = similarity(oldFacts.value(from), newFacts.value(to));
            if (score >= Threshold)
                candidates.append({from, to, score});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.score > b.score;
    });
    QSet<QString> taken;
    for (const Candidate &c : std::as_const(candidates)) {
        if (renames.contains(c.from) || taken.contains(c.to))
            continue;
        renames.insert(c.from, c.to);
        taken.insert(c.to);
    }

    // One node of a type gone and one come: the same node, renamed and edited.
    QHash<QString, QStringList> lostByType;
    QHash<QString, QStringList> gainedByType;
    for (const QString &from : removed) {
        if (!renames.contains(from))
            lostByType[typeOf(before, from)] << from;
    }
    for (const QString &to : added) {
        if (!taken.contains(to))
            gainedByType[typeOf(after, to)] << to;
    }
    for (auto it = lostByType.cbegin(); it != lostByType.cend(); ++it) {
        const QStringList gained = gainedByType.value(it.key());
        if (it.value().size() == 1 && gained.size() == 1)
            renames.insert(it.value().first(), gained.first());
    }
    return renames;
}

} // namespace Topologist
