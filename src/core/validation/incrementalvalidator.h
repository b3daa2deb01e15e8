// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"
#include "validation/topologyrelations.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace Topologist {

class CancelToken;
class StartRuleTracker;
class TypeRegistry;
class ValidationContext;
class Validator;
class ValidationRule;
struct ToscaArchive;

/// Keeps the problems of a topology up to date while it is edited, re-checking after each edit
/// only what the edit can affect: the edited nodes, the nodes they target (capability limits),
/// everything hosted on them (node filters and OS rules look down the hosting chain) and the
/// direct sources of those (their requirements look at the changed targets). Topology-wide
/// rules that start from nodes re-run only the starts the edit reaches (StartRuleTracker); the
/// few others run every time.
class IncrementalValidator
{
public:
    explicit IncrementalValidator(std::shared_ptr<const Validator> validator);
    IncrementalValidator(IncrementalValidator &&) noexcept;
    ~IncrementalValidator();

    /// Checks everything, forgetting previous results.
    void validateAll(const ValidationContext &context);
    /// Checks everything as validateAll() does, telling @p progress after each node how many of
    /// how many are done. Returns false as soon as @p cancel is set; the results are then
    /// incomplete and must not be used.
    bool validateAll(const ValidationContext &context,
                     const CancelToken *cancel,
                     const std::function<void(int done, int total)> &progress);
    /// Re-checks after `changed` nodes of `archive`'s topology were edited, added or removed
    /// (for a rename, pass both names), bringing relations() up to date first. Returns the
    /// number of nodes re-checked.
    int
    update(const ToscaArchive &archive, const TypeRegistry &types, const QSet<QString> &changed);

    /// Who targets whom in the topology as last validated: a context built on it costs nothing
    /// in proportion to the topology.
    const TopologyRelations &relations() const { return m_relations; }

    /// All current problems, sorted by position.
    const Problems &problems() const;
    /// The problems found while checking `node` (some may concern the nodes it reaches).
    Problems problemsOf(const QString &node) const { return m_nodeProblems.value(node); }
    /// The problems that concern `node` (Problem::node; empty: no node), sorted by position.
    Problems problemsAbout(const QString &node) const { return m_bySubject.value(node); }
    int errorCount() const { return count(Severity::Error); }
    int count(Severity severity) const { return m_counts[size_t(severity)]; }
    /// The nodes (Problem::node) whose problems the last update() may have changed (an empty
    /// name stands for the problems of no node): what views showing problems look at again.
    const QSet<QString> &changedProblemNodes() const { return m_changedProblemNodes; }
    /// What the rules that start from nodes cost in the last update(), summed over them: the
    /// ways walked again and the subjects evaluated.
    std::pair<int, int> startRuleWork() const;

private:
    void checkNode(const ValidationContext &context, const QString &name);
    /// Runs the topology rules: all of them without `reshaped`, else those that read the
    /// structure only when it changed and they may find something.
    void checkTopology(const ValidationContext &context, const QSet<QString> *reshaped);
    /// The problems of the topology-wide rules.
    Problems wideProblems() const;
    void sortAll();
    /// Takes `removed` out of the sorted list and puts `added` in, noting whose problems changed.
    void replaceSorted(const Problems &removed, const Problems &added);
    /// Takes `removed` out of the sorted list; false when one of them is not there.
    bool takeOut(const Problems &removed);
    /// Of the `changed` nodes, those whose type or requirements changed; what they point and
    /// pointed at (whose sources changed) goes into `resourced`.
    QSet<QString> structuralChanges(const ValidationContext &context,
                                    const QSet<QString> &changed,
                                    const QHash<QString, QStringList> &oldTargets,
                                    QSet<QString> *resourced);
    QSet<QString> affectedBy(const ValidationContext &context,
                             const QSet<QString> &changed,
                             const QSet<QString> &structural) const;

    std::shared_ptr<const Validator> m_validator;
    QHash<QString, Problems> m_nodeProblems;
    Problems m_topologyProblems;
    // Of each rule that reads the structure only, from the last time it ran.
    QHash<const ValidationRule *, Problems> m_structureProblems;
    TopologyRelations m_relations;
    std::vector<std::unique_ptr<StartRuleTracker>> m_trackers;
    /// Per node, a hash of its type and requirements, to tell which edits change structure.
    QHash<QString, size_t> m_structure;
    /// Every problem, sorted by position, kept current edit by edit.
    Problems m_sorted;
    std::array<int, 3> m_counts{};
    QSet<QString> m_changedProblemNodes;
    /// m_sorted by Problem::node, each list sorted too.
    QHash<QString, Problems> m_bySubject;
};

} // namespace Topologist
