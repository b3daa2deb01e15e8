// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulesubject.h"

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
                              QSet<QString> *read)
{
    QStringList reached;
    switch (step.kind) {
    case Step::Kind::Host:
        reached.append(context.hostOf(node.name));
        break;
    case Step::Kind::Compute:
        if (read) {
            for (const QString &host : context.hostingChain(node.name))
                read->insert(host);
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
        for (const QString &sourceName : context.sourcesOf(node.name)) {
            const NodeTemplate *source = context.topology().node(sourceName);
            if (!source)
                continue;
            if (read)
                read->insert(sourceName);
            for (const RequirementAssignment &r : source->requirements) {
                if (r.name == step.requirement && r.node == node.name) {
                    reached.append(sourceName);
                    break;
                }
            }
        }
        break;
    }
    if (read) {
        read->insert(node.name);
        for (const QString &name : std::as_const(reached))
            read->insert(name);
    }
    return reached;
}

QList<const NodeTemplate *> RuleSubject::resolve(const ValidationContext &context,
                                                 const NodeTemplate &start,
                                                 QSet<QString> *read) const
{
    const TopologyTemplate &topology = context.topology();
    if (read)
        read->insert(start.name);
    QList<const NodeTemplate *> current{&start};
    for (const Step &step : m_steps) {
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
            for (const QString &name : RuleSubject::step(context, step, *node, read))
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

} // namespace Topologist
