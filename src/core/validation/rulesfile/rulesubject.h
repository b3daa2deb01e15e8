// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Topologist {

class ValidationContext;
struct NodeTemplate;
struct RuleWay;

/// Where a declarative rule looks, starting from a node of its `node_type`: a list of steps
/// (`host`, `compute`, `target:<requirement>`, `sources:<requirement>`) and optional types
/// the nodes reached must have (one of). No steps means the node itself.
///
/// Whether the rule can run per node depends on these steps. The incremental validator re-runs
/// per-node rules for an edited node, everything hosted on it and the direct sources of those,
/// so a rule stays correct per node as long as every node it visits leads back to the starting
/// node that way: hosts (any number of `host`/`compute` steps), or a `target:` step taken
/// first. Anything else (`sources:`, or `target:` after a host step) needs the whole topology.
class RuleSubject
{
public:
    struct Step
    {
        enum class Kind { Host, Compute, Target, Sources };
        Kind kind = Kind::Host;
        QString requirement;
    };

    /// Parses one step ("host", "target:master"); on failure returns nullopt and says why.
    static std::optional<Step> parseStep(const QString &text, QString *error);
    /// True when `node`'s type is one of `types` or derives from one.
    static bool
    isOfType(const ValidationContext &context, const NodeTemplate &node, const QStringList &types);
    /// The machine `node` finally runs on (the bottom of its hosting chain), or empty when it
    /// has no host: the `compute` step.
    static QString computeOf(const ValidationContext &context, const QString &node);

    RuleSubject() = default;
    RuleSubject(QList<Step> steps, QStringList subjectTypes);

    const QList<Step> &steps() const { return m_steps; }
    const QStringList &subjectTypes() const { return m_subjectTypes; }
    /// True when the rule must be evaluated over the whole topology (see the class comment).
    bool needsWholeTopology() const;

    /// The distinct nodes the steps reach from `start`, in the order they are found, keeping
    /// those of one of the subject types. When `way` is given, it is told what the way there
    /// depended on; a last `sources:` step is noted as a fan-out (see RuleWay).
    QList<const NodeTemplate *> resolve(const ValidationContext &context,
                                        const NodeTemplate &start,
                                        RuleWay *way = nullptr) const;
    /// Whether the last step, a fan-out noted in `way`, reaches `candidate` and keeps it: the
    /// candidate points at one of the nodes the step starts from with the step's requirement,
    /// and has one of the subject types.
    bool joinsFanOut(const ValidationContext &context,
                     const RuleWay &way,
                     const NodeTemplate &candidate) const;

private:
    /// The names one step reaches from `node`, noting in `way` what it read.
    static QStringList step(const ValidationContext &context,
                            const Step &step,
                            const NodeTemplate &node,
                            RuleWay *way);

    QList<Step> m_steps;
    QStringList m_subjectTypes;
};

} // namespace Topologist
