// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/topologysections.h"

#include "model/substitutionmapping.h"
#include "model/topologytemplate.h"

namespace Topologist {

namespace {

/// get_attribute, get_property and get_operation_output name a node first.
bool readsNode(const Value &value)
{
    const QString &f = value.functionName();
    return value.isFunction() && !value.arguments().empty()
           && (f == QLatin1String("get_attribute") || f == QLatin1String("get_property")
               || f == QLatin1String("get_operation_output"));
}

bool reads(const Value &value, const QString &node)
{
    if (readsNode(value) && value.arguments().front().text() == node)
        return true;
    for (const Value &item : value.items()) {
        if (reads(item, node))
            return true;
    }
    for (const Value::Entry &entry : value.entries()) {
        if (reads(entry.value, node))
            return true;
    }
    return false;
}

bool renameIn(Value &value, const QString &from, const QString &to)
{
    bool changed = false;
    if (readsNode(value) && value.arguments().front().text() == from) {
        value.items().front() = Value::scalar(to);
        changed = true;
    }
    for (Value &item : value.items())
        changed = renameIn(item, from, to) || changed;
    for (Value::Entry &entry : value.entries())
        changed = renameIn(entry.value, from, to) || changed;
    return changed;
}

bool replaceAll(QStringList &names, const QString &from, const QString &to)
{
    bool changed = false;
    for (QString &name : names) {
        if (name == from) {
            name = to;
            changed = true;
        }
    }
    return changed;
}

bool mention(const OutputDefinitions &outputs,
             const GroupDefinitions &groups,
             const PolicyDefinitions &policies,
             const QString &name)
{
    for (const OutputDefinition &output : outputs) {
        if (reads(output.value, name))
            return true;
    }
    for (const GroupDefinition &group : groups) {
        if (group.members.contains(name))
            return true;
    }
    for (const PolicyDefinition &policy : policies) {
        if (policy.targets.contains(name))
            return true;
    }
    return false;
}

} // namespace

TopologySections TopologySections::of(const TopologyTemplate &topology)
{
    return {topology.inputs,
            topology.outputs,
            topology.groups,
            topology.policies,
            topology.substitutionMappings};
}

void TopologySections::applyTo(TopologyTemplate &topology) const
{
    topology.inputs = inputs;
    topology.outputs = outputs;
    topology.groups = groups;
    topology.policies = policies;
    topology.substitutionMappings = substitutionMappings;
}

bool TopologySections::renameNode(const QString &from, const QString &to)
{
    bool changed = false;
    for (OutputDefinition &output : outputs)
        changed = renameIn(output.value, from, to) || changed;
    for (GroupDefinition &group : groups)
        changed = replaceAll(group.members, from, to) || changed;
    for (PolicyDefinition &policy : policies)
        changed = replaceAll(policy.targets, from, to) || changed;
    SubstitutionMapping mapping = SubstitutionMapping::read(substitutionMappings);
    if (mapping.renameNode(from, to)) {
        substitutionMappings = mapping.writtenOver(substitutionMappings);
        changed = true;
    }
    return changed;
}

bool TopologySections::removeNode(const QString &name)
{
    const qsizetype before = outputs.size();
    outputs.removeIf([&](const OutputDefinition &output) { return reads(output.value, name); });
    bool changed = outputs.size() != before;
    for (GroupDefinition &group : groups)
        changed = group.members.removeAll(name) > 0 || changed;
    for (PolicyDefinition &policy : policies)
        changed = policy.targets.removeAll(name) > 0 || changed;
    SubstitutionMapping mapping = SubstitutionMapping::read(substitutionMappings);
    if (mapping.removeNode(name)) {
        substitutionMappings = mapping.writtenOver(substitutionMappings);
        changed = true;
    }
    return changed;
}

bool TopologySections::mentions(const QString &name) const
{
    return mention(outputs, groups, policies, name)
           || SubstitutionMapping::read(substitutionMappings).mentions(name);
}

bool TopologySections::mentionedIn(const TopologyTemplate &topology, const QString &name)
{
    return mention(topology.outputs, topology.groups, topology.policies, name)
           || SubstitutionMapping::read(topology.substitutionMappings).mentions(name);
}

} // namespace Topologist
