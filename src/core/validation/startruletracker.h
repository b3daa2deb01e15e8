// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"
#include "validation/ruleway.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Topologist {

class ValidationContext;
class ValidationRule;

/// What a topology-wide rule that starts from nodes (ValidationRule::startsFromNodes) found from
/// each of its starting nodes, kept current edit by edit.
///
/// Such a rule reaches its subjects through other nodes (from a Marathon, every agent of its
/// master), so a full run costs a pass over the topology. Here each start remembers its way
/// (RuleWay) and the subjects it reached: an edit walks again only the starts whose way it
/// touched, lets nodes join or leave a way's last fan-out one by one, and re-evaluates the
/// subjects whose own values it touched, and nothing else.
class StartRuleTracker
{
public:
    explicit StartRuleTracker(const ValidationRule &rule);

    /// Runs the rule from every start, forgetting previous results.
    void checkAll(const ValidationContext &context);
    /// Brings the results up to date after `changed` nodes were edited. `reshaped` holds the
    /// nodes whose type or requirements changed (added, removed and renamed nodes too), and
    /// `resourced` the nodes whose set of sources changed (what those point or pointed at).
    void update(const ValidationContext &context,
                const QSet<QString> &changed,
                const QSet<QString> &reshaped,
                const QSet<QString> &resourced);

    /// The problems, as a full run finds them: starts in topology order, each subject reported
    /// once, by the first start that finds it wrong.
    const Problems &problems() const { return m_problems; }

    /// What the last checkAll() or update() cost: the starts whose way it walked, and the
    /// subjects it evaluated.
    struct Work
    {
        int walks = 0;
        int evaluations = 0;
    };
    Work lastWork() const { return m_work; }

private:
    struct Start
    {
        RuleWay way;
        QSet<QString> subjects;
        /// Subject -> what is wrong with it.
        QHash<QString, Problem> findings;
    };
    using Index = QHash<QString, QSet<QString>>;

    /// Runs the rule from `name`, replacing what an earlier run from it found.
    void run(const ValidationContext &context, const QString &name);
    void drop(const QString &name);
    /// The starts not walked again whose fan-out `reshaped` nodes may join or leave, with them.
    QHash<QString, QSet<QString>> fanOutCandidates(const ValidationContext &context,
                                                   const QSet<QString> &reshaped,
                                                   const QSet<QString> &walked) const;
    /// Lets `candidate` join or leave the fan-out of `start`; true when a finding changed.
    bool
    refreshMember(const ValidationContext &context, const QString &start, const QString &candidate);
    static void forget(Index &index, const QString &key, const QString &start);
    static void reindex(Index &index,
                        const QSet<QString> &before,
                        const QSet<QString> &after,
                        const QString &start);
    /// Evaluates `subject` again from `start`; false when it was and still is fine.
    bool reevaluate(const ValidationContext &context, const QString &start, const QString &subject);
    void noteFindings(const QString &start);
    void merge(const ValidationContext &context);

    const ValidationRule &m_rule;
    QHash<QString, Start> m_starts;
    /// Node -> the starts whose way read its type or requirements.
    Index m_readers;
    /// Node -> the starts whose way read its set of sources.
    Index m_sourceReaders;
    /// Node -> the starts whose way fans out from it.
    Index m_fanOuts;
    /// Subject -> the starts that reached it.
    Index m_reachedBy;
    QSet<QString> m_startsWithFindings;
    Problems m_problems;
    Work m_work;
};

} // namespace Topologist
