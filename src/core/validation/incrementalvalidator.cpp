// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/incrementalvalidator.h"

#include "support/canceltoken.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <algorithm>

namespace Topologist {

IncrementalValidator::IncrementalValidator(std::shared_ptr<const Validator> validator)
    : m_validator(std::move(validator))
{}

void IncrementalValidator::checkNode(const ValidationContext &context, const QString &name)
{
    const NodeTemplate *node = context.topology().node(name);
    if (!node) {
        m_nodeProblems.remove(name);
        m_targets.remove(name);
        return;
    }
    Problems problems;
    m_validator->checkNode(context, *node, &problems);
    if (problems.isEmpty())
        m_nodeProblems.remove(name);
    else
        m_nodeProblems.insert(name, problems);
    QStringList targets;
    for (const RequirementAssignment &r : node->requirements) {
        if (!r.node.isEmpty())
            targets.append(r.node);
    }
    m_targets.insert(name, targets);
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
    m_targets.clear();
    m_dirty = true;
    const int total = context.topology().nodeCount();
    int done = 0;
    for (const NodeTemplate &node : context.topology().nodes()) {
        if (CancelToken::isCancelled(cancel))
            return false;
        checkNode(context, node.name);
        if (progress)
            progress(++done, total);
    }
    m_topologyProblems.clear();
    m_validator->checkTopology(context, &m_topologyProblems);
    return !CancelToken::isCancelled(cancel);
}

int IncrementalValidator::update(const ValidationContext &context, const QSet<QString> &changed)
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
    // ...plus the nodes it targets, before and after, whose capability limits count it; only
    // they are re-checked, not what points at them, or one agent's edit would re-check every
    // agent of its master.
    for (const QString &name : changed) {
        for (const QString &target : m_targets.value(name))
            affected.insert(target);
        if (const NodeTemplate *node = context.topology().node(name)) {
            for (const RequirementAssignment &r : node->requirements)
                affected.insert(r.node);
        }
    }
    affected.remove(QString());
    for (const QString &name : std::as_const(affected))
        checkNode(context, name);
    m_topologyProblems.clear();
    m_validator->checkTopology(context, &m_topologyProblems);
    m_dirty = true;
    return int(affected.size());
}

const Problems &IncrementalValidator::problems() const
{
    if (m_dirty) {
        m_sorted = m_topologyProblems;
        for (const Problems &problems : m_nodeProblems)
            m_sorted += problems;
        std::stable_sort(m_sorted.begin(), m_sorted.end());
        m_dirty = false;
    }
    return m_sorted;
}

int IncrementalValidator::errorCount() const
{
    int count = 0;
    for (const Problem &problem : problems())
        count += problem.severity == Severity::Error ? 1 : 0;
    return count;
}

} // namespace Topologist
