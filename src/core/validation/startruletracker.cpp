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
    m_starts.clear();
    m_readers.clear();
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
                              const QSet<QString> &structural)
{
    const TopologyTemplate &topology = context.topology();
    QSet<QString> rerun;
    for (const QString &name : structural) {
        rerun += m_readers.value(name);
        if (const NodeTemplate *node = topology.node(name); node && m_rule.startsAt(context, *node))
            rerun.insert(name);
    }
    bool dirty = !rerun.isEmpty();
    for (const QString &start : std::as_const(rerun)) {
        const NodeTemplate *node = topology.node(start);
        if (node && m_rule.startsAt(context, *node))
            run(context, start);
        else
            drop(start);
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
            if (!rerun.contains(start))
                pairs.insert({start, subject});
        }
    }
    for (const QString &start : std::as_const(m_startsWithFindings)) {
        if (rerun.contains(start))
            continue;
        for (const Problem &problem : std::as_const(m_starts[start].findings))
            pairs.insert({start, problem.node});
    }
    for (const auto &[start, subject] : std::as_const(pairs))
        dirty = reevaluate(context, start, subject) || dirty;
    if (dirty)
        merge(context);
}

void StartRuleTracker::run(const ValidationContext &context, const QString &name)
{
    const NodeTemplate &start = *context.topology().node(name);
    Start result;
    const QList<const NodeTemplate *> subjects = m_rule.subjectsFrom(context, start, &result.read);
    for (int i = 0; i < subjects.size(); ++i) {
        const NodeTemplate &subject = *subjects[i];
        result.subjects.insert(subject.name, i);
        if (std::optional<Problem> problem = m_rule.problemFor(context, start, subject))
            result.findings.insert(i, std::move(*problem));
    }
    // A start run again mostly reads and reaches what it did (all agents of a master but the
    // one edited): only the differences go into the indexes, not the whole way again.
    const auto found = m_starts.constFind(name);
    const Start empty;
    const Start &before = found != m_starts.constEnd() ? *found : empty;
    for (const QString &read : std::as_const(before.read)) {
        if (!result.read.contains(read))
            forget(m_readers, read, name);
    }
    for (const QString &read : std::as_const(result.read)) {
        if (!before.read.contains(read))
            m_readers[read].insert(name);
    }
    for (auto it = before.subjects.cbegin(); it != before.subjects.cend(); ++it) {
        if (!result.subjects.contains(it.key()))
            forget(m_reachedBy, it.key(), name);
    }
    for (auto it = result.subjects.cbegin(); it != result.subjects.cend(); ++it) {
        if (!before.subjects.contains(it.key()))
            m_reachedBy[it.key()].insert(name);
    }
    if (result.findings.isEmpty())
        m_startsWithFindings.remove(name);
    else
        m_startsWithFindings.insert(name);
    m_starts.insert(name, std::move(result));
}

void StartRuleTracker::forget(QHash<QString, QSet<QString>> &index,
                              const QString &key,
                              const QString &start)
{
    const auto entry = index.find(key);
    if (entry == index.end())
        return;
    entry->remove(start);
    if (entry->isEmpty())
        index.erase(entry);
}

void StartRuleTracker::drop(const QString &name)
{
    const auto found = m_starts.constFind(name);
    if (found == m_starts.constEnd())
        return;
    for (const QString &read : found->read)
        forget(m_readers, read, name);
    for (auto it = found->subjects.cbegin(); it != found->subjects.cend(); ++it)
        forget(m_reachedBy, it.key(), name);
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
    if (found == m_starts.end() || !startNode || !subjectNode)
        return false;
    const int order = found->subjects.value(subject, -1);
    if (order < 0)
        return false;
    std::optional<Problem> problem = m_rule.problemFor(context, *startNode, *subjectNode);
    const auto before = found->findings.find(order);
    const bool had = before != found->findings.end();
    if (!problem && !had)
        return false;
    if (problem)
        found->findings.insert(order, std::move(*problem));
    else
        found->findings.erase(before);
    if (found->findings.isEmpty())
        m_startsWithFindings.remove(start);
    else
        m_startsWithFindings.insert(start);
    return true;
}

void StartRuleTracker::merge(const ValidationContext &context)
{
    QList<std::pair<int, QString>> starts;
    for (const QString &name : std::as_const(m_startsWithFindings))
        starts.append({context.topology().indexOf(name), name});
    std::sort(starts.begin(), starts.end());
    m_problems.clear();
    QSet<QString> reported;
    for (const auto &start : std::as_const(starts)) {
        for (const Problem &problem : std::as_const(m_starts[start.second].findings)) {
            if (!reported.contains(problem.node)) {
                reported.insert(problem.node);
                m_problems.append(problem);
            }
        }
    }
}

} // namespace Topologist
