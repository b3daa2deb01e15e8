// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/incrementalvalidator.h"

#include "model/toscaarchive.h"
#include "support/canceltoken.h"
#include "types/hosting.h"
#include "validation/startruletracker.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <algorithm>

namespace Topologist {

namespace {

size_t structureOf(const NodeTemplate &node)
{
    size_t hash = qHash(node.type);
    for (const RequirementAssignment &r : node.requirements)
        hash = qHashMulti(hash, r.name, r.node, r.capability, r.relationship);
    return hash;
}

} // namespace

IncrementalValidator::IncrementalValidator(std::shared_ptr<const Validator> validator)
    : m_validator(std::move(validator))
{
    for (const auto &rule : m_validator->rules()) {
        if (rule->startsFromNodes())
            m_trackers.push_back(std::make_unique<StartRuleTracker>(*rule));
    }
}

IncrementalValidator::IncrementalValidator(IncrementalValidator &&) noexcept = default;
IncrementalValidator::~IncrementalValidator() = default;

void IncrementalValidator::checkTopology(const ValidationContext &context,
                                         const QSet<QString> *reshaped)
{
    m_topologyProblems.clear();
    for (const auto &rule : m_validator->rules()) {
        if (rule->startsFromNodes())
            continue;
        if (!rule->readsStructureOnly()) {
            rule->checkTopology(context, &m_topologyProblems);
            continue;
        }
        if (reshaped && reshaped->isEmpty())
            continue; // its problems stand
        Problems &kept = m_structureProblems[rule.get()];
        if (reshaped && kept.isEmpty() && !rule->mayFindAfter(context, *reshaped))
            continue;
        kept.clear();
        rule->checkTopology(context, &kept);
    }
}

void IncrementalValidator::checkNode(const ValidationContext &context, const QString &name)
{
    const NodeTemplate *node = context.topology().node(name);
    if (!node) {
        m_nodeProblems.remove(name);
        return;
    }
    Problems problems;
    m_validator->checkNode(context, *node, &problems);
    if (problems.isEmpty())
        m_nodeProblems.remove(name);
    else
        m_nodeProblems.insert(name, problems);
}

void IncrementalValidator::validateAll(const ValidationContext &context)
{
    validateAll(context, nullptr, {});
}

bool IncrementalValidator::validateAll(const ValidationContext &context,
                                       const CancelToken *cancel,
                                       const std::function<void(int done, int total)> &progress)
{
    m_nodeProblems.clear();
    m_relations = context.relations();
    const int total = context.topology().nodeCount();
    int done = 0;
    for (const NodeTemplate &node : context.topology().nodes()) {
        if (CancelToken::isCancelled(cancel))
            return false;
        checkNode(context, node.name);
        if (progress)
            progress(++done, total);
    }
    checkTopology(context, nullptr);
    m_structure.clear();
    m_structure.reserve(total);
    for (const NodeTemplate &node : context.topology().nodes())
        m_structure.insert(node.name, structureOf(node));
    for (const auto &tracker : m_trackers)
        tracker->checkAll(context);
    sortAll();
    return !CancelToken::isCancelled(cancel);
}

int IncrementalValidator::update(const ToscaArchive &archive,
                                 const TypeRegistry &types,
                                 const QSet<QString> &changed)
{
    QHash<QString, QStringList> oldTargets;
    for (const QString &name : changed)
        oldTargets.insert(name, m_relations.targetsOf(name));
    const TopologyTemplate &topology = *archive.topology;
    m_relations.update(topology, Hosting(types, &topology), changed);
    const ValidationContext context(archive, topology, types, m_relations);
    QSet<QString> resourced;
    const QSet<QString> reshaped = structuralChanges(context, changed, oldTargets, &resourced);
    const QSet<QString> affected = affectedBy(context, changed, reshaped + resourced);
    const Problems wideBefore = wideProblems();
    QHash<QString, Problems> before;
    for (const QString &name : affected)
        before.insert(name, m_nodeProblems.value(name));
    for (const QString &name : affected)
        checkNode(context, name);
    checkTopology(context, &reshaped);
    for (const auto &tracker : m_trackers)
        tracker->update(context, changed, reshaped, resourced);
    Problems removed = wideBefore;
    Problems added = wideProblems();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        removed += it.value();
        added += m_nodeProblems.value(it.key());
    }
    replaceSorted(removed, added);
    return int(affected.size());
}

QSet<QString> IncrementalValidator::structuralChanges(const ValidationContext &context,
                                                      const QSet<QString> &changed,
                                                      const QHash<QString, QStringList> &oldTargets,
                                                      QSet<QString> *resourced)
{
    QSet<QString> reshaped;
    for (const QString &name : changed) {
        const NodeTemplate *node = context.topology().node(name);
        const auto old = m_structure.constFind(name);
        const bool was = old != m_structure.constEnd();
        const size_t now = node ? structureOf(*node) : 0;
        if (was == bool(node) && (!node || *old == now))
            continue;
        if (node)
            m_structure.insert(name, now);
        else
            m_structure.remove(name);
        reshaped.insert(name);
        for (const QString &target : oldTargets.value(name))
            resourced->insert(target);
        for (const QString &target : m_relations.targetsOf(name))
            resourced->insert(target);
    }
    return reshaped;
}

QSet<QString> IncrementalValidator::affectedBy(const ValidationContext &context,
                                               const QSet<QString> &changed,
                                               const QSet<QString> &structural) const
{
    // What an edit of a node can change the verdict of: the node itself, everything hosted on it
    // (node filters and the Mesos rules look down the hosting chain) and whatever points at one
    // of those (their requirements read the changed values)...
    QSet<QString> affected = changed;
    QStringList queue(changed.cbegin(), changed.cend());
    for (int i = 0; i < queue.size(); ++i) {
        for (const QString &hosted : context.hostedOn(queue[i])) {
            if (!affected.contains(hosted)) {
                affected.insert(hosted);
                queue.append(hosted);
            }
        }
    }
    for (const QString &name : std::as_const(queue)) {
        for (const QString &source : context.sourcesOf(name))
            affected.insert(source);
    }
    // ...plus, when its requirements changed, the nodes it targets before and after, whose
    // capability limits count it (they are in `structural`). Only they are re-checked, not
    // what points at them, or one agent's edit would re-check every agent of its master.
    affected += structural;
    affected.remove(QString());
    return affected;
}

std::pair<int, int> IncrementalValidator::startRuleWork() const
{
    std::pair<int, int> work{0, 0};
    for (const auto &tracker : m_trackers) {
        work.first += tracker->lastWork().walks;
        work.second += tracker->lastWork().evaluations;
    }
    return work;
}

const Problems &IncrementalValidator::problems() const
{
    return m_sorted;
}

Problems IncrementalValidator::wideProblems() const
{
    Problems problems = m_topologyProblems;
    for (const Problems &kept : m_structureProblems)
        problems += kept;
    for (const auto &tracker : m_trackers)
        problems += tracker->problems();
    return problems;
}

void IncrementalValidator::sortAll()
{
    m_sorted = wideProblems();
    for (const Problems &problems : std::as_const(m_nodeProblems))
        m_sorted += problems;
    std::stable_sort(m_sorted.begin(), m_sorted.end());
    m_counts.fill(0);
    m_bySubject.clear();
    for (const Problem &problem : std::as_const(m_sorted)) {
        ++m_counts[size_t(problem.severity)];
        m_bySubject[problem.node].append(problem);
    }
}

void IncrementalValidator::replaceSorted(const Problems &removed, const Problems &added)
{
    m_changedProblemNodes.clear();
    for (const Problems *problems : {&removed, &added}) {
        for (const Problem &problem : *problems)
            m_changedProblemNodes.insert(problem.node);
    }
    // The sorted list changes where the re-checked nodes' problems were and are, so that an
    // edit costs what it touches even when the topology holds thousands of problems. Each
    // change moves the list's tail, though: when many problems change, sorting anew is cheaper.
    if (removed.size() + added.size() > qMax<qsizetype>(64, m_sorted.size() / 16)) {
        sortAll();
        return;
    }
    if (!takeOut(removed)) { // never expected: start over, and let views look at everything
        const QList<QString> shown = m_bySubject.keys();
        m_changedProblemNodes += QSet<QString>(shown.cbegin(), shown.cend());
        sortAll();
        for (auto it = m_bySubject.cbegin(); it != m_bySubject.cend(); ++it)
            m_changedProblemNodes.insert(it.key());
        return;
    }
    for (const Problem &problem : added) {
        m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), problem), problem);
        ++m_counts[size_t(problem.severity)];
        Problems &about = m_bySubject[problem.node];
        about.insert(std::upper_bound(about.begin(), about.end(), problem), problem);
    }
}

bool IncrementalValidator::takeOut(const Problems &removed)
{
    for (const Problem &problem : removed) {
        const auto [first, last] = std::equal_range(m_sorted.begin(), m_sorted.end(), problem);
        if (first == last)
            return false;
        --m_counts[size_t(first->severity)];
        m_sorted.erase(first);
        Problems &about = m_bySubject[problem.node];
        const auto same = std::lower_bound(about.begin(), about.end(), problem);
        if (same != about.end())
            about.erase(same);
        if (about.isEmpty())
            m_bySubject.remove(problem.node);
    }
    return true;
}

} // namespace Topologist
