// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodecontentbuilder.h"

#include "catalog/typecatalog.h"
#include "icons.h"
#include "types/typenames.h"
#include "types/typeregistry.h"
#include "validation/validationcontext.h"

namespace Topologist {

namespace {

QString displayValue(const Value &value)
{
    if (value.isScalar())
        return value.text();
    if (value.isFunction())
        return QStringLiteral("\u0192"); // a TOSCA function: known at deployment only
    return QString();
}

} // namespace

NodeContentBuilder::NodeContentBuilder(const TypeCatalog &catalog)
    : m_catalog(catalog)
{}

NodeContent NodeContentBuilder::build(const NodeTemplate &node,
                                      const ValidationContext &context,
                                      const TypeRegistry &types)
{
    NodeContent content;
    content.name = node.name;
    content.type = node.type;
    content.typeLabel = TypeNames::shortName(node.type);
    const TypeDefinition *type = context.nodeType(node);
    if (!type) {
        content.kind = NodeKind::Unknown;
        return content;
    }
    content.icon = iconFor(node.type, types);
    content.kind = kindOf(node.type, types);
    addInstances(&content, node, *type, context, types);
    addRequirements(&content, node, *type, context);
    return content;
}

QPixmap NodeContentBuilder::iconFor(const QString &nodeType, const TypeRegistry &types)
{
    auto icon = m_icons.constFind(nodeType);
    if (icon == m_icons.constEnd())
        icon = m_icons.insert(nodeType,
                              Icons::forNodeType(m_catalog, types, nodeType).pixmap(QSize(52, 52)));
    return *icon;
}

NodeKind NodeContentBuilder::kindOf(const QString &nodeType, const TypeRegistry &types)
{
    if (types.derivesFrom(TypeKind::Node, nodeType, TypeNames::compute))
        return NodeKind::Machine;
    NodeKind kind = NodeKind::Software;
    for (const QString &ancestor : types.lineage(TypeKind::Node, nodeType)) {
        if (ancestor.contains(QLatin1String("Storage"))
            || ancestor.endsWith(QLatin1String(".Volume")))
            kind = NodeKind::Storage;
        else if (ancestor.startsWith(QLatin1String("tosca.nodes.network."))
                 || ancestor == QLatin1String("tosca.nodes.Network"))
            kind = NodeKind::Network;
    }
    return kind;
}

void NodeContentBuilder::addInstances(NodeContent *content,
                                      const NodeTemplate &node,
                                      const TypeDefinition &type,
                                      const ValidationContext &context,
                                      const TypeRegistry &types)
{
    for (const CapabilityDefinition &capability : type.capabilities) {
        if (!types.derivesFrom(
                TypeKind::Capability, capability.type, TypeNames::scalableCapability))
            continue;
        const auto count = [&](const char *property) {
            return displayValue(context.effectiveCapabilityProperty(
                node, capability.name, QString::fromLatin1(property)));
        };
        content->kind = NodeKind::Machine;
        content->scalable = true;
        content->minInstances = count("min_instances");
        content->defaultInstances = count("default_instances");
        content->maxInstances = count("max_instances");
        bool ok = false;
        const int instances = content->defaultInstances.toInt(&ok);
        content->instances = ok ? qBound(1, instances, 999) : 1;
        return;
    }
}

void NodeContentBuilder::addRequirements(NodeContent *content,
                                         const NodeTemplate &node,
                                         const TypeDefinition &type,
                                         const ValidationContext &context)
{
    for (const RequirementDefinition &definition : type.requirements) {
        if (context.isHostingRelationship(definition.relationship))
            continue;
        NodeContent::Requirement requirement;
        requirement.name = definition.name;
        requirement.required = definition.occurrences.lower > 0;
        for (const RequirementAssignment &r : node.requirements)
            requirement.connected
                = requirement.connected || (r.name == definition.name && !r.node.isEmpty());
        content->requirements.append(requirement);
    }
}

QString NodeContentBuilder::tooltip(const NodeContent &content,
                                    const NodeTemplate &node,
                                    const ValidationContext &context,
                                    const QString &port) const
{
    const TypeDefinition *type = context.nodeType(node);
    if (!type)
        return tr("%1\nUnknown type %2").arg(node.name, node.type);
    for (const RequirementDefinition &definition : type->requirements) {
        if (!port.isEmpty() && definition.name == port)
            return tr("Requirement %1: %2 %3\nDrag to a node to connect it")
                .arg(definition.name,
                     TypeNames::shortName(definition.capability),
                     definition.occurrences.toString());
    }
    return cardTooltip(content, node, *type);
}

QString NodeContentBuilder::cardTooltip(const NodeContent &content,
                                        const NodeTemplate &node,
                                        const TypeDefinition &type)
{
    QString description = node.description.isEmpty() ? type.description : node.description;
    description = description.simplified();
    if (description.size() > 160)
        description = description.left(157) + QStringLiteral("...");
    QString tooltip = node.name + QLatin1Char('\n') + node.type;
    if (content.scalable) {
        tooltip += QLatin1Char('\n')
                   + tr("Instances: min %1, default %2, max %3")
                         .arg(content.minInstances, content.defaultInstances, content.maxInstances);
    }
    if (!description.isEmpty())
        tooltip += QLatin1Char('\n') + description;
    return tooltip;
}

} // namespace Topologist
