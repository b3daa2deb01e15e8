// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulesubject.h"

#include "validation/ruleway.h"
#include "validation/validationcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace Topologist {

std::optional<RuleSubject::Step> RuleSubject::parseStep(const QString &text, QString *error)
{
    Step step;
    if (text == QLatin1String("host")) {
        step.kind = Step::Kind::Host;
        return step;
    }
    if (text == QLatin1String("compute")) {
        step.kind = Step::Kind::Compute;
        return step;
    }
    const int colon = int(text.indexOf(QLatin1Char(':')));
    const QString kind = text.left(colon);
    step.requirement = text.mid(colon + 1).trimmed();
    if (colon > 0 && !step.requirement.isEmpty()) {
        if (kind == QLatin1String("target")) {
            step.kind = Step::Kind::Target;
            return step;
        }
        if (kind == QLatin1String("sources")) {
            step.kind = Step::Kind::Sources;
            return step;
        }
    }
    *error = QCoreApplication::translate("Validation",
                                         "unknown subject step '%1'; the steps are host, compute, "
                                         "target:<requirement> and sources:<requirement>")
                 .arg(text);
    return std::nullopt;
}

bool RuleSubject::isOfType(const ValidationContext &context,
                           const NodeTemplate &node,
                           const QStringList &types)
{
    // Nodes mostly carry the very type a rule names; the name test spares the type registry's
    // lineage walk, which validation on every keystroke would otherwise pay per node and rule.
    if (types.contains(node.type))
        return true;
    for (const QString &type : types) {
        if (context.types().derivesFrom(TypeKind::Node, node.type, type))
            return true;
    }
    return false;
}

QString RuleSubject::computeOf(const ValidationContext &context, const QString &node)
{
    const QStringList chain = context.hostingChain(node);
    return chain.isEmpty() ? QString() : chain.last();
}

RuleSubject::RuleSubject(QList<Step> steps, QStringList subjectTypes)
    : m_steps(std::move(steps))
    , m_subjectTypes(std::move(subjectTypes))
{}

bool RuleSubject::needsWholeTopology() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].kind == Step::Kind::Sources)
            return true;
        if (m_steps[i].kind == Step::Kind::Target && i > 0)
            return true;
    }
    return false;
}

QStringList RuleSubject::step(const ValidationContext &context,
                              const Step &step,
                              const NodeTemplate &node,
                              RuleWay *way)
{
    QStringList reached;
    switch (step.kind) {
    case Step::Kind::Host:
        reached.append(context.hostOf(node.name));
        break;
    case Step::Kind::Compute:
        if (way) {
            for (const QString &host : context.hostingChain(node.name))
                way->read.insert(host);
        }
        reached.append(computeOf(context, node.name));
        break;
    case Step::Kind::Target:
        for (const RequirementAssignment &r : node.requirements) {
            if (r.name == step.requirement && !r.node.isEmpty())
                reached.append(r.node);
        }
        break;
    case Step::Kind::Sources:
        if (way)
            way->sourcesRead.insert(node.name);
        for (const QString &sourceName : context.sourcesOf(node.name)) {
            const NodeTemplate *source = context.topology().node(sourceName);
            if (!source)
                continue;
            if (way)
                way->read.insert(sourceName);
            for (const RequirementAssignment &r : source->requirements) {
                if (r.name == step.requirement && r.node == node.name) {
                    reached.append(sourceName);
                    break;
                }
            }
        }
        break;
    }
    if (way) {
        way->read.insert(node.name);
        for (const QString &name : std::as_const(reached))
            way->read.insert(name);
    }
    return reached;
}

QList<const NodeTemplate *> RuleSubject::resolve(const ValidationContext &context,
                                                 const NodeTemplate &start,
                                                 RuleWay *way) const
{
    const TopologyTemplate &topology = context.topology();
    if (way)
        way->read.insert(start.name);
    QList<const NodeTemplate *> current{&start};
    for (int s = 0; s < m_steps.size(); ++s) {
        const Step &step = m_steps[s];
        // A last sources: step is noted as a fan-out: what it reads is not the way's.
        RuleWay *noting = way;
        if (way && s == m_steps.size() - 1 && step.kind == Step::Kind::Sources) {
            way->fansOut = true;
            for (const NodeTemplate *node : std::as_const(current))
                way->fanOutFrom.insert(node->name);
            noting = nullptr;
        }
        QList<const NodeTemplate *> next;
        // Most steps reach one or two nodes (a host, a compute), and this runs for every node
        // after every edit: a linear look is cheaper than a set until the list grows.
        constexpr int LinearLimit = 16;
        QSet<const NodeTemplate *> seen;
        const auto add = [&](const QString &name) {
            const NodeTemplate *node = topology.node(name);
            if (!node)
                return;
            if (next.size() < LinearLimit) {
                if (next.contains(node))
                    return;
            } else {
                if (seen.isEmpty())
                    seen = QSet<const NodeTemplate *>(next.cbegin(), next.cend());
                if (seen.contains(node))
                    return;
                seen.insert(node);
            }
            next.append(node);
        };
        for (const NodeTemplate *node : current) {
            for (const QString &name : RuleSubject::step(context, step, *node, noting))
                add(name);
        }
        current = next;
    }
    if (m_subjectTypes.isEmpty())
        return current;
    QList<const NodeTemplate *> filtered;
    for (const NodeTemplate *node : current) {
        if (isOfType(context, *node, m_subjectTypes))
            filtered.append(node);
    }
    return filtered;
}

bool RuleSubject::joinsFanOut(const ValidationContext &context,
                              const RuleWay &way,
                              const NodeTemplate &candidate) const
{
    if (!way.fansOut || m_steps.isEmpty())
        return false;
    const QString &requirement = m_steps.constLast().requirement;
    bool joins = false;
    for (const RequirementAssignment &r : candidate.requirements) {
        if (r.name == requirement && way.fanOutFrom.contains(r.node)
            && context.topology().contains(r.node))
            joins = true;
    }
    return joins && (m_subjectTypes.isEmpty() || isOfType(context, candidate, m_subjectTypes));
}

} // namespace Topologist
