// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/rulesfile/rulepath.h"

#include "validation/validationcontext.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

const QLatin1String propertiesPrefix("properties.");
const QLatin1String capabilitiesPrefix("capabilities.");

} // namespace

std::optional<RulePath> RulePath::parse(const QString &text, QString *error)
{
    RulePath path;
    path.m_text = text;
    if (text.startsWith(propertiesPrefix)) {
        path.m_property = text.mid(propertiesPrefix.size());
        if (!path.m_property.isEmpty() && !path.m_property.contains(QLatin1Char('.')))
            return path;
    } else if (text.startsWith(capabilitiesPrefix)) {
        // Capability types contain dots (tosca.capabilities.Scalable), property names do not:
        // the property is what follows the last dot.
        const QString rest = text.mid(capabilitiesPrefix.size());
        const int dot = int(rest.lastIndexOf(QLatin1Char('.')));
        if (dot > 0 && dot < rest.size() - 1) {
            path.m_capability = rest.left(dot);
            path.m_property = rest.mid(dot + 1);
            return path;
        }
    }
    *error = QCoreApplication::translate("Validation",
                                         "'%1' is not a value path; write "
                                         "properties.<name> or "
                                         "capabilities.<capability name or type>.<property>")
                 .arg(text);
    return std::nullopt;
}

RulePath::Resolved RulePath::resolve(const ValidationContext &context,
                                     const NodeTemplate &node) const
{
    Resolved resolved;
    const TypeDefinition *type = context.nodeType(node);
    if (!isCapability()) {
        resolved.value = context.effectiveProperty(node, m_property);
        if (const Value *set = node.properties.find(m_property)) {
            resolved.setInTemplate = true;
            resolved.location = set->location();
        }
        if (type) {
            if (const PropertyDefinition *definition = findDefinition(type->properties, m_property))
                resolved.propertyType = definition->type;
        }
        return resolved;
    }
    resolved.capabilityName = context.capabilityNamed(node, m_capability);
    if (resolved.capabilityName.isEmpty() || !type)
        return resolved;
    resolved.value = context.effectiveCapabilityProperty(node, resolved.capabilityName, m_property);
    if (const CapabilityAssignment *assignment = node.capability(resolved.capabilityName)) {
        if (const Value *set = assignment->properties.find(m_property)) {
            resolved.setInTemplate = true;
            resolved.location = set->location();
        }
    }
    for (const CapabilityDefinition &capability : type->capabilities) {
        if (capability.name != resolved.capabilityName)
            continue;
        if (const TypeDefinition *capabilityType
            = context.types().resolved(TypeKind::Capability, capability.type)) {
            if (const PropertyDefinition *definition
                = findDefinition(capabilityType->properties, m_property))
                resolved.propertyType = definition->type;
        }
        break;
    }
    return resolved;
}

ProblemMember RulePath::member(const Resolved &resolved) const
{
    if (!isCapability())
        return ProblemMember::property(m_property);
    return ProblemMember::capabilityProperty(capabilityName(resolved), m_property);
}

QString RulePath::capabilityName(const Resolved &resolved) const
{
    return resolved.capabilityName.isEmpty() ? m_capability : resolved.capabilityName;
}

QString RulePath::shortName(const Resolved &resolved) const
{
    if (!isCapability())
        return m_property;
    return capabilityName(resolved) + QLatin1Char('.') + m_property;
}

std::optional<QuickFixEdit>
RulePath::setEdit(const NodeTemplate &node, const Resolved &resolved, const Value &value) const
{
    QuickFixEdit edit;
    edit.node = node.name;
    edit.property = m_property;
    // A fresh scalar: the rule's own value remembers a line of the rules file, which must not
    // end up as the topology's source position.
    edit.value = value.isScalar() ? Value::scalar(value.text(), value.isQuoted()) : value;
    if (!isCapability()) {
        edit.kind = QuickFixEdit::Kind::SetProperty;
        return edit;
    }
    if (resolved.capabilityName.isEmpty())
        return std::nullopt;
    edit.kind = QuickFixEdit::Kind::SetCapabilityProperty;
    edit.capability = resolved.capabilityName;
    return edit;
}

std::optional<QuickFixEdit> RulePath::removeEdit(const NodeTemplate &node,
                                                 const Resolved &resolved) const
{
    if (!resolved.setInTemplate)
        return std::nullopt;
    QuickFixEdit edit;
    edit.node = node.name;
    edit.property = m_property;
    if (isCapability()) {
        edit.kind = QuickFixEdit::Kind::RemoveCapabilityProperty;
        edit.capability = resolved.capabilityName;
    } else {
        edit.kind = QuickFixEdit::Kind::RemoveProperty;
    }
    return edit;
}

} // namespace Topologist
