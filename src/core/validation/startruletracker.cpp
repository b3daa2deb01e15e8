// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/startruletracker.h"

#include "validation/validationcontext.h"
#include "validation/validationrule.h"

#include <algorithm>

namespace Topologist {

StartRuleTracker::StartRuleTracker(const ValidationRule &rule)
    : m_rule(rule)
{}

void StartRuleTracker::checkAll(const ValidationContext &context)
{
    m_work = {};
    m_starts.clear();
    m_readers.clear();
    m_sourceReaders.clear();
    m_fanOuts.clear();
    m_reachedBy.clear();
    m_startsWithFindings.clear();
    // A topology has few distinct types: whether the rule starts at one is decided once.
    QHash<QString, bool> startsAtType;
    for (const NodeTemplate &node : context.topology().nodes()) {
        auto starts = startsAtType.constFind(node.type);
        if (starts == startsAtType.constEnd())
            starts = startsAtType.insert(node.type, m_rule.startsAt(context, node));
        if (*starts && !m_starts.contains(node.name))
            run(context, node.name);
    }
    merge(context);
}

void StartRuleTracker::update(const ValidationContext &context,
                              const QSet<QString> &changed,
                              const QSet<QString> &reshaped,
                              const QSet<QString> &resourced)
{
    m_work = {};
    const TopologyTemplate &topology = context.topology();
    QSet<QString> walk;
    for (const QString &name : reshaped) {
        walk += m_readers.value(name);
        if (const NodeTemplate *node = topology.node(name); node && m_rule.startsAt(context, *node))
            walk.insert(name);
    }
    for (const QString &name : resourced)
        walk += m_sourceReaders.value(name);
    const QHash<QString, QSet<QString>> joining = fanOutCandidates(context, reshaped, walk);
    bool dirty = !walk.isEmpty();
    for (const QString &start : std::as_const(walk)) {
        const NodeTemplate *node = topology.node(start);
        if (node && m_rule.startsAt(context, *node))
            run(context, start);
        else
            drop(start);
    }
    for (auto it = joining.cbegin(); it != joining.cend(); ++it) {
        for (const QString &candidate : it.value())
            dirty = refreshMember(context, it.key(), candidate) || dirty;
    }
    // A subject's verdict reads the subject and the nodes it points at. Its quick fixes may
    // read its whole machine, so every standing finding is evaluated again too: that costs
    // what the problems cost, as a full run would, and keeps their fixes current.
    QSet<QString> touched;
    for (const QString &name : changed) {
        touched.insert(name);
        for (const QString &source : context.sourcesOf(name))
            touched.insert(source);
    }
    // Each pair once: a touched subject may also be a standing finding.
    QSet<std::pair<QString, QString>> pairs;
    for (const QString &subject : std::as_const(touched)) {
        for (const QString &start : m_reachedBy.value(subject)) {
            if (!walk.contains(start) && !joining.value(start).contains(subject))
                pairs.insert({start, subject});
        }
    }
    for (const QString &start : std::as_const(m_startsWithFindings)) {
        if (walk.contains(start))
            continue;
        const QSet<QString> refreshed = joining.value(start);
        for (const QString &subject : m_starts.constFind(start)->findings.keys()) {
            if (!refreshed.contains(subject))
                pairs.insert({start, subject});
        }
    }
    for (const auto &[start, subject] : std::as_const(pairs))
        dirty = reevaluate(context, start, subject) || dirty;
    if (dirty)
        merge(context);
}

QHash<QString, QSet<QString>> StartRuleTracker::fanOutCandidates(const ValidationContext &context,
                                                                 const QSet<QString> &reshaped,
                                                                 const QSet<QString> &walked) const
{
    // A node joins a fan-out by pointing at a node it fans out from, and leaves it by no longer
    // doing so; only a node whose requirements (or type) changed can do either.
    QHash<QString, QSet<QString>> candidates;
    for (const QString &name : reshaped) {
        for (const QString &start : m_reachedBy.value(name)) {
            if (!walked.contains(start))
                candidates[start].insert(name);
        }
        if (!context.topology().contains(name))
            continue;
        for (const QString &target : context.relations().targetsOf(name)) {
            for (const QString &start : m_fanOuts.value(target)) {
                if (!walked.contains(start))
                    candidates[start].insert(name);
            }
        }
    }
    return candidates;
}

bool StartRuleTracker::refreshMember(const ValidationContext &context,
                                     const QString &start,
                                     const QString &candidate)
{
    const auto found = m_starts.find(start);
    if (found == m_starts.end())
        return false;
    const NodeTemplate *node = context.topology().node(candidate);
    if (!node || !m_rule.joinsFanOut(context, found->way, *node)) {
        if (!found->subjects.remove(candidate))
            return false;
        forget(m_reachedBy, candidate, start);
        const bool had = found->findings.remove(candidate) > 0;
        noteFindings(start);
        return had;
    }
    if (!found->subjects.contains(candidate)) {
        found->subjects.insert(candidate);
        m_reachedBy[candidate].insert(start);
    }
    return reevaluate(context, start, candidate);
}

void StartRuleTracker::run(const ValidationContext &context, const QString &name)
{
    ++m_work.walks;
    const NodeTemplate &startNode = *context.topology().node(name);
    Start result;
    for (const NodeTemplate *subject : m_rule.subjectsFrom(context, startNode, &result.way)) {
        result.subjects.insert(subject->name);
        ++m_work.evaluations;
        if (std::optional<Problem> problem = m_rule.problemFor(context, startNode, *subject))
            result.findings.insert(subject->name, std::move(*problem));
    }
    // A start run again mostly reads and reaches what it did (all agents of a master but the
    // one edited): only the differences go into the indexes, not the whole way again.
    const auto found = m_starts.constFind(name);
    const Start empty;
    const Start &before = found != m_starts.constEnd() ? *found : empty;
    reindex(m_readers, before.way.read, result.way.read, name);
    reindex(m_sourceReaders, before.way.sourcesRead, result.way.sourcesRead, name);
    reindex(m_fanOuts, before.way.fanOutFrom, result.way.fanOutFrom, name);
    reindex(m_reachedBy, before.subjects, result.subjects, name);
    m_starts.insert(name, std::move(result));
    noteFindings(name);
}

void StartRuleTracker::forget(Index &index, const QString &key, const QString &start)
{
    const auto entry = index.find(key);
    if (entry == index.end())
        return;
    entry->remove(start);
    if (entry->isEmpty())
        index.erase(entry);
}

void StartRuleTracker::reindex(Index &index,
                               const QSet<QString> &before,
                               const QSet<QString> &after,
                               const QString &start)
{
    for (const QString &key : before) {
        if (!after.contains(key))
            forget(index, key, start);
    }
    for (const QString &key : after) {
        if (!before.contains(key))
            index[key].insert(start);
    }
}

void StartRuleTracker::drop(const QString &name)
{
    const auto found = m_starts.constFind(name);
    if (found == m_starts.constEnd())
        return;
    const QSet<QString> none;
    reindex(m_readers, found->way.read, none, name);
    reindex(m_sourceReaders, found->way.sourcesRead, none, name);
    reindex(m_fanOuts, found->way.fanOutFrom, none, name);
    reindex(m_reachedBy, found->subjects, none, name);
    m_startsWithFindings.remove(name);
    m_starts.erase(found);
}

bool StartRuleTracker::reevaluate(const ValidationContext &context,
                                  const QString &start,
                                  const QString &subject)
{
    const auto found = m_starts.find(start);
    const NodeTemplate *startNode = context.topology().node(start);
    const NodeTemplate *subjectNode = context.topology().node(subject);
    if (found == m_starts.end() || !startNode || !subjectNode || !found->subjects.contains(subject))
        return false;
    ++m_work.evaluations;
    std::optional<Problem> problem = m_rule.problemFor(context, *startNode, *subjectNode);
    const auto before = found->findings.find(subject);
    const bool had = before != found->findings.end();
    if (!problem && !had)
        return false;
    if (problem)
        found->findings.insert(subject, std::move(*problem));
    else
        found->findings.erase(before);
    noteFindings(start);
    return true;
}

void StartRuleTracker::noteFindings(const QString &start)
{
    const auto found = m_starts.constFind(start);
    if (found == m_starts.constEnd() || found->findings.isEmpty())
        m_startsWithFindings.remove(start);
    else
        m_startsWithFindings.insert(start);
}

void StartRuleTracker::merge(const ValidationContext &context)
{
    const TopologyTemplate &topology = context.topology();
    QList<std::pair<int, QString>> starts;
    for (const QString &name : std::as_const(m_startsWithFindings))
        starts.append({topology.indexOf(name), name});
    std::sort(starts.begin(), starts.end());
    m_problems.clear();
    QSet<QString> reported;
    for (const auto &start : std::as_const(starts)) {
        // In topology order within a start too, so that the list does not depend on hashing.
        QList<std::pair<int, const Problem *>> findings;
        const Start &found = *m_starts.constFind(start.second);
        for (auto it = found.findings.cbegin(); it != found.findings.cend(); ++it)
            findings.append({topology.indexOf(it.key()), &it.value()});
        std::sort(findings.begin(), findings.end());
        for (const auto &finding : std::as_const(findings)) {
            if (!reported.contains(finding.second->node)) {
                reported.insert(finding.second->node);
                m_problems.append(*finding.second);
            }
        }
    }
}

} // namespace Topologist
