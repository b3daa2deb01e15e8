// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/problem.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Topologist {

class ValidationContext;
struct NodeTemplate;
struct RuleWay;

/// One small check. Most rules look at one node at a time (and at the nodes it targets or is
/// hosted on), which is what makes validation incremental: after an edit only the affected nodes
/// are checked again. Rules that need the whole topology implement checkTopology, which runs
/// after every edit and must stay linear in the topology size; those that find their problems
/// from starting nodes also say so (startsFromNodes), and the incremental validator then
/// re-runs only the starts an edit can reach.
class ValidationRule
{
public:
    virtual ~ValidationRule() = default;

    /// Short identifier used in documentation and tests ("unknown-node-type").
    virtual QString id() const = 0;
    virtual void
    checkNode(const ValidationContext &context, const NodeTemplate &node, Problems *problems) const
    {
        Q_UNUSED(context)
        Q_UNUSED(node)
        Q_UNUSED(problems)
    }
    virtual void checkTopology(const ValidationContext &context, Problems *problems) const
    {
        Q_UNUSED(context)
        Q_UNUSED(problems)
    }

    /// True when checkTopology() reads nothing but which nodes there are, their types and their
    /// requirements (and what only a reload changes, such as custom workflows): the
    /// incremental validator then runs it only after an edit that changes one of those, which
    /// keeps a linear rule out of every property edit of a 10,000-node topology.
    virtual bool readsStructureOnly() const { return false; }
    /// For a rule that reads the structure only and found nothing the last time it ran:
    /// whether it can find something now that the `reshaped` nodes changed their type or
    /// requirements, came or went. Yes unless the rule can tell cheaply.
    virtual bool mayFindAfter(const ValidationContext &context, const QSet<QString> &reshaped) const
    {
        Q_UNUSED(context)
        Q_UNUSED(reshaped)
        return true;
    }
    /// True when checkTopology() is nothing but the steps below run from every starting node in
    /// topology order, each subject reported once (by the first start that finds it wrong).
    virtual bool startsFromNodes() const { return false; }
    /// Whether the rule starts at `node` (it may read only the node's type).
    virtual bool startsAt(const ValidationContext &context, const NodeTemplate &node) const
    {
        Q_UNUSED(context)
        Q_UNUSED(node)
        return false;
    }
    /// The subjects reached from `start`, telling `way` what the way there depended on.
    virtual QList<const NodeTemplate *>
    subjectsFrom(const ValidationContext &context, const NodeTemplate &start, RuleWay *way) const
    {
        Q_UNUSED(context)
        Q_UNUSED(start)
        Q_UNUSED(way)
        return {};
    }
    /// Whether `candidate` is among the subjects of a way that fans out (RuleWay::fansOut).
    virtual bool joinsFanOut(const ValidationContext &context,
                             const RuleWay &way,
                             const NodeTemplate &candidate) const
    {
        Q_UNUSED(context)
        Q_UNUSED(way)
        Q_UNUSED(candidate)
        return false;
    }
    /// What is wrong with `subject`, reached from `start`; it depends on nothing but the
    /// subject and the nodes its requirements point at.
    virtual std::optional<Problem> problemFor(const ValidationContext &context,
                                              const NodeTemplate &start,
                                              const NodeTemplate &subject) const
    {
        Q_UNUSED(context)
        Q_UNUSED(start)
        Q_UNUSED(subject)
        return std::nullopt;
    }
};

} // namespace Topologist
