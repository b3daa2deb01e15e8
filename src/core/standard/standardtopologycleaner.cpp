// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/standardtopologycleaner.h"

#include "standard/standardkeys.h"
#include "types/toscaversion.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

const QString topologyElement = QStringLiteral("topology_template");

QString child(const QString &parent, const QString &name)
{
    return parent + QLatin1Char('/') + name;
}

} // namespace

TopologyTemplate StandardTopologyCleaner::clean(const TopologyTemplate &topology) const
{
    TopologyTemplate result = topology;
    drop(&result.workflows, topologyElement, QStringLiteral("workflows"));
    drop(&result.inputArtifacts, topologyElement, QStringLiteral("input_artifacts"));
    result.extras = StandardKeys::keepOnly(
        result.extras, StandardKeys::topologyExtraKeys(), topologyElement, m_dropped);
    parameters(&result.inputs);
    for (int i = 0; i < result.nodeCount(); ++i)
        result.replaceNode(i, node(result.nodeAt(i)));
    outputs(&result.outputs);
    groups(&result.groups);
    policies(&result.policies);
    return result;
}

NodeTemplate StandardTopologyCleaner::node(const NodeTemplate &node) const
{
    NodeTemplate result = node;
    const QString element = child(QStringLiteral("node_templates"), node.name);
    result.extras = StandardKeys::keepOnly(
        node.extras, StandardKeys::nodeTemplateExtraKeys(), element, m_dropped);
    for (CapabilityAssignment &capability : result.capabilities) {
        capability.extras = StandardKeys::keepOnly(capability.extras,
                                                   StandardKeys::capabilityExtraKeys(),
                                                   child(element, capability.name),
                                                   m_dropped);
    }
    for (RequirementAssignment &requirement : result.requirements)
        requirement = this->requirement(requirement, element);
    for (ArtifactDefinition &artifact : result.artifacts) {
        artifact.extras
            = StandardKeys::keepOnly(artifact.extras, {}, child(element, artifact.name), m_dropped);
    }
    dropInputArtifacts(&result, element);
    moveNonStandardVersions(&result, element);
    return result;
}

void StandardTopologyCleaner::dropInputArtifacts(NodeTemplate *node, const QString &element) const
{
    for (qsizetype i = node->artifacts.size() - 1; i >= 0; --i) {
        const Value &file = node->artifacts.at(i).file;
        if (!file.isFunction() || file.functionName() != QLatin1String("get_input_artifact"))
            continue;
        m_dropped->append(
            {child(element, QStringLiteral("artifacts")),
             node->artifacts.at(i).name,
             QCoreApplication::translate("StandardToscaExporter",
                                         "its file is an input artifact, which only Alien4Cloud "
                                         "has; the type's artifact applies")});
        node->artifacts.removeAt(i);
    }
}

void StandardTopologyCleaner::moveNonStandardVersions(NodeTemplate *node,
                                                      const QString &element) const
{
    const TypeDefinition *type = m_types ? m_types->resolved(TypeKind::Node, node->type) : nullptr;
    if (!type || !node->properties.isMap())
        return;
    const Value properties = node->properties;
    for (const Value::Entry &entry : properties.entries()) {
        const PropertyDefinition *definition = findDefinition(type->properties, entry.key);
        if (!definition || definition->type != QLatin1String("version") || !entry.value.isScalar()
            || ToscaVersion::isStandard(entry.value.text()))
            continue;
        node->properties.remove(entry.key);
        Value metadata = node->extras.value(QStringLiteral("metadata"));
        if (!metadata.isMap())
            metadata = Value::map();
        metadata.insert(entry.key, Value::scalar(entry.value.text(), true));
        node->extras.insert(QStringLiteral("metadata"), metadata);
        m_dropped->append({child(element, QStringLiteral("properties")),
                           entry.key,
                           QCoreApplication::translate("StandardToscaExporter",
                                                       "\"%1\" is no TOSCA version; kept in the "
                                                       "node's metadata")
                               .arg(entry.value.text())});
    }
}

RequirementAssignment StandardTopologyCleaner::requirement(const RequirementAssignment &requirement,
                                                           const QString &element) const
{
    RequirementAssignment result = requirement;
    const QString where = child(element, requirement.name);
    if (!result.relationshipName.isEmpty()) {
        // Standard TOSCA keys an assignment by its requirement; the name was Alien4Cloud's.
        m_dropped->append({where, QStringLiteral("relationship name ") + result.relationshipName});
        result.relationshipName.clear();
    }
    result.extras = StandardKeys::keepOnly(
        result.extras, StandardKeys::requirementExtraKeys(), where, m_dropped);
    relationshipInLongForm(&result, element);
    return result;
}

void StandardTopologyCleaner::relationshipInLongForm(RequirementAssignment *requirement,
                                                     const QString &element) const
{
    if (requirement->properties.isNull() && requirement->interfaces.isNull())
        return;
    const QString where = child(element, requirement->name);
    if (requirement->relationship.isEmpty()) {
        drop(&requirement->properties, where, QStringLiteral("properties"));
        drop(&requirement->interfaces, where, QStringLiteral("interfaces"));
        return;
    }
    // Alien4Cloud sets a relationship's properties beside `relationship: TYPE`; TOSCA sets them
    // in the relationship's long form.
    Value relationship = Value::map();
    relationship.insert(QStringLiteral("type"), Value::scalar(requirement->relationship));
    if (!requirement->properties.isNull())
        relationship.insert(QStringLiteral("properties"), requirement->properties);
    if (!requirement->interfaces.isNull())
        relationship.insert(QStringLiteral("interfaces"), requirement->interfaces);
    requirement->relationship.clear();
    requirement->properties = Value();
    requirement->interfaces = Value();
    requirement->extras.insert(QStringLiteral("relationship"), relationship);
}

void StandardTopologyCleaner::parameters(PropertyDefinitions *inputs) const
{
    for (PropertyDefinition &input : *inputs) {
        input.extras
            = StandardKeys::keepOnly(input.extras,
                                     StandardKeys::parameterExtraKeys(),
                                     child(topologyElement + QStringLiteral("/inputs"), input.name),
                                     m_dropped);
    }
}

void StandardTopologyCleaner::outputs(OutputDefinitions *outputs) const
{
    for (OutputDefinition &output : *outputs) {
        output.extras = StandardKeys::keepOnly(
            output.extras,
            StandardKeys::parameterExtraKeys(),
            child(topologyElement + QStringLiteral("/outputs"), output.name),
            m_dropped);
    }
}

void StandardTopologyCleaner::groups(GroupDefinitions *groups) const
{
    for (GroupDefinition &group : *groups) {
        const QString element = child(topologyElement + QStringLiteral("/groups"), group.name);
        // Alien4Cloud's groups may go without a type; TOSCA needs one, and the root has none of
        // the meaning Alien4Cloud gave them through their policies.
        if (group.type.isEmpty())
            group.type = QStringLiteral("tosca.groups.Root");
        drop(&group.policies, element, QStringLiteral("policies"));
        group.extras = StandardKeys::keepOnly(
            group.extras, StandardKeys::groupExtraKeys(), element, m_dropped);
    }
}

void StandardTopologyCleaner::policies(PolicyDefinitions *policies) const
{
    for (PolicyDefinition &policy : *policies) {
        policy.extras = StandardKeys::keepOnly(
            policy.extras,
            StandardKeys::policyExtraKeys(),
            child(topologyElement + QStringLiteral("/policies"), policy.name),
            m_dropped);
    }
}

void StandardTopologyCleaner::drop(Value *value, const QString &element, const QString &key) const
{
    if (value->isNull())
        return;
    *value = Value();
    m_dropped->append({element, key});
}

} // namespace Topologist
