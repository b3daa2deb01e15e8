// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Topologist {

class CancelToken;
class ValidationContext;
class Validator;

/// Keeps the problems of a topology up to date while it is edited, re-checking after each edit
/// only what the edit can affect: the edited nodes, the nodes they target (capability limits),
/// everything hosted on them (node filters and OS rules look down the hosting chain) and the
/// direct sources of those (their requirements look at the changed targets). Topology-wide
/// rules run every time.
class IncrementalValidator
{
public:
    explicit IncrementalValidator(std::shared_ptr<const Validator> validator);

    /// Checks everything, forgetting previous results.
    void validateAll(const ValidationContext &context);
    /// Checks everything as validateAll() does, telling @p progress after each node how many of
    /// how many are done. Returns false as soon as @p cancel is set; the results are then
    /// incomplete and must not be used.
    bool validateAll(const ValidationContext &context,
                     const CancelToken *cancel,
                     const std::function<void(int done, int total)> &progress);
    /// Re-checks after `changed` nodes were edited, added or removed (for a rename, pass both
    /// names). Returns the number of nodes re-checked.
    int update(const ValidationContext &context, const QSet<QString> &changed);

    /// All current problems, sorted by position.
    const Problems &problems() const;
    Problems problemsOf(const QString &node) const { return m_nodeProblems.value(node); }
    int errorCount() const;

private:
    void checkNode(const ValidationContext &context, const QString &name);

    std::shared_ptr<const Validator> m_validator;
    QHash<QString, Problems> m_nodeProblems;
    Problems m_topologyProblems;
    /// What each node targeted when last checked, to re-check old targets after an edit.
    QHash<QString, QStringList> m_targets;
    mutable Problems m_sorted;
    mutable bool m_dirty = true;
};

} // namespace Topologist
