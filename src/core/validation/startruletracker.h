// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace Topologist {

class ValidationContext;
class ValidationRule;

/// What a topology-wide rule that starts from nodes (ValidationRule::startsFromNodes) found from
/// each of its starting nodes, kept current edit by edit.
///
/// Such a rule reaches its subjects through other nodes (from a Marathon, every agent of its
/// master), so a full run costs a pass over the topology. Here each start remembers the nodes
/// its way read and the subjects it reached: an edit re-runs the starts whose way it touched
/// and re-evaluates the subjects whose own values it touched, and nothing else.
class StartRuleTracker
{
public:
    explicit StartRuleTracker(const ValidationRule &rule);

    /// Runs the rule from every start, forgetting previous results.
    void checkAll(const ValidationContext &context);
    /// Brings the results up to date after `changed` nodes were edited. `structural` holds the
    /// nodes whose type, requirements or set of sources changed (added, removed and renamed
    /// nodes, and the nodes they point or pointed at).
    void update(const ValidationContext &context,
                const QSet<QString> &changed,
                const QSet<QString> &structural);

    /// The problems, as a full run finds them: starts in topology order, each subject reported
    /// once, by the first start that finds it wrong.
    const Problems &problems() const { return m_problems; }

private:
    struct Start
    {
        /// Each subject reached, with its place in the order they were reached.
        QHash<QString, int> subjects;
        QMap<int, Problem> findings;
        QSet<QString> read;
    };

    /// Runs the rule from `name`, replacing what an earlier run from it found.
    void run(const ValidationContext &context, const QString &name);
    void drop(const QString &name);
    static void
    forget(QHash<QString, QSet<QString>> &index, const QString &key, const QString &start);
    /// Evaluates `subject` again from `start`; false when it was and still is fine.
    bool reevaluate(const ValidationContext &context, const QString &start, const QString &subject);
    void merge(const ValidationContext &context);

    const ValidationRule &m_rule;
    QHash<QString, Start> m_starts;
    /// Node -> the starts whose way read it.
    QHash<QString, QSet<QString>> m_readers;
    /// Subject -> the starts that reached it.
    QHash<QString, QSet<QString>> m_reachedBy;
    QSet<QString> m_startsWithFindings;
    Problems m_problems;
};

} // namespace Topologist
