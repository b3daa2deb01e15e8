// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/noderetyping.h"

#include "model/topologytemplate.h"
#include "types/relationshipmatcher.h"
#include "types/typeregistry.h"

#include <algorithm>

namespace Topologist {

namespace {

template<typename Definitions>
bool declares(const Definitions &definitions, const QString &name)
{
    return std::any_of(
        definitions.cbegin(), definitions.cend(), [&](const auto &d) { return d.name == name; });
}

QString describe(const RequirementAssignment &r)
{
    return r.node.isEmpty() ? r.name : r.name + QStringLiteral(" → ") + r.node;
}

} // namespace

NodeRetyping::NodeRetyping(const NodeTemplate &node, const TypeDefinition &type)
    : m_original(node)
    , m_result(node)
{
    retype(type);
}

NodeRetyping::NodeRetyping(const NodeTemplate &node,
                           const TypeRegistry &types,
                           const QString &newType,
                           const TopologyTemplate *topology)
    : m_original(node)
    , m_result(node)
{
    const TypeDefinition *type = types.resolved(TypeKind::Node, newType);
    if (!type)
        return;
    retype(*type);
    // The name as asked for: the registry also answers to short normative names.
    m_result.type = newType;
    if (!topology)
        return;
    const RelationshipMatcher matcher(types);
    for (const RequirementAssignment &r : std::as_const(m_result.requirements)) {
        const NodeTemplate *target = topology->node(r.node);
        const TypeDefinition *targetType
            = target ? types.resolved(TypeKind::Node, target->type) : nullptr;
        if (!targetType)
            continue; // no target, or one of unknown type: a problem of its own already
        for (const RequirementDefinition &definition : type->requirements) {
            if (definition.name == r.name
                && matcher.matchingCapability(definition, QString(), *targetType).isEmpty())
                m_unfitRequirements << describe(r);
        }
    }
}

void NodeRetyping::retype(const TypeDefinition &type)
{
    m_valid = true;
    m_result.type = type.name;
    if (m_result.properties.isMap()) {
        for (const Value::Entry &entry : m_original.properties.entries()) {
            if (declares(type.properties, entry.key)) {
                m_keptProperties << entry.key;
            } else {
                m_droppedProperties << entry.key;
                m_result.properties.remove(entry.key);
            }
        }
    }
    for (const PropertyDefinition &p : type.properties) {
        if (p.required && !p.hasDefault() && !m_result.properties.contains(p.name))
            m_missingProperties << p.name;
    }
    m_result.capabilities.clear();
    for (const CapabilityAssignment &c : std::as_const(m_original.capabilities)) {
        if (declares(type.capabilities, c.name)) {
            m_keptCapabilities << c.name;
            m_result.capabilities.append(c);
        } else {
            m_droppedCapabilities << c.name;
        }
    }
    m_result.requirements.clear();
    for (const RequirementAssignment &r : std::as_const(m_original.requirements)) {
        if (declares(type.requirements, r.name)) {
            m_keptRequirements << describe(r);
            m_result.requirements.append(r);
        } else {
            m_droppedRequirements << describe(r);
        }
    }
}

} // namespace Topologist
