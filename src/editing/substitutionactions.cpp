// SPDX-License-Identifier: GPL-3.0-or-later
#include "substitutionactions.h"

#include "model/byname.h"
#include "topologydocument.h"
#include "topologyedit.h"
#include "types/typedefinition.h"
#include "yaml/toscadialect.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SubstitutionActions)
};

/// Puts `item` in place of the one called `name` (-1: appends it); false when another item
/// has its name already or there is no `name` to replace.
template<typename Item>
bool put(QList<Item> &items, const QString &name, const Item &item)
{
    const int index = name.isEmpty() ? -1 : indexByName(items, name);
    const int clash = indexByName(items, item.name);
    if (item.name.isEmpty() || (!name.isEmpty() && index < 0) || (clash >= 0 && clash != index))
        return false;
    if (index < 0)
        items.append(item);
    else
        items[index] = item;
    return true;
}

template<typename Item>
bool take(QList<Item> &items, const QString &name)
{
    const int index = indexByName(items, name);
    if (index < 0)
        return false;
    items.removeAt(index);
    return true;
}

QStringList namesOf(const TypeDefinition &type, SubstitutionMapping::Side side)
{
    QStringList names;
    if (side == SubstitutionMapping::Side::Capabilities) {
        for (const CapabilityDefinition &capability : type.capabilities)
            names << capability.name;
    } else {
        for (const RequirementDefinition &requirement : type.requirements)
            names << requirement.name;
    }
    return names;
}

} // namespace

SubstitutionActions::SubstitutionActions(TopologyDocument *document)
    : m_document(document)
{}

SubstitutionMapping SubstitutionActions::mapping() const
{
    return SubstitutionMapping::read(m_document->topology().substitutionMappings);
}

bool SubstitutionActions::edit(const QString &text,
                               const std::function<bool(SubstitutionMapping &)> &change)
{
    TopologyEdit edit(*m_document);
    Value &written = edit.sections().substitutionMappings;
    SubstitutionMapping mapping = SubstitutionMapping::read(written);
    if (!change(mapping))
        return false;
    written = mapping.writtenOver(written);
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(edit.createCommand(m_document, text));
    return true;
}

bool SubstitutionActions::setNodeType(const QString &type)
{
    const QString name = type.trimmed();
    return edit(Tr::tr("Set substituted type %1").arg(name), [&](SubstitutionMapping &mapping) {
        mapping.nodeType = name;
        return !name.isEmpty();
    });
}

bool SubstitutionActions::removeMapping()
{
    return edit(Tr::tr("Remove substitution"), [](SubstitutionMapping &mapping) {
        mapping = SubstitutionMapping();
        return true;
    });
}

bool SubstitutionActions::addTarget(Side side, const SubstitutionTarget &target)
{
    const QString text = side == Side::Capabilities
                             ? Tr::tr("Expose capability %1").arg(target.name)
                             : Tr::tr("Expose requirement %1").arg(target.name);
    return edit(text, [&](SubstitutionMapping &mapping) {
        return put(mapping.targets(side), QString(), target);
    });
}

bool SubstitutionActions::changeTarget(Side side,
                                       const QString &name,
                                       const SubstitutionTarget &target)
{
    const QString text = side == Side::Capabilities
                             ? Tr::tr("Change exposed capability %1").arg(name)
                             : Tr::tr("Change exposed requirement %1").arg(name);
    return edit(text, [&](SubstitutionMapping &mapping) {
        return !name.isEmpty() && put(mapping.targets(side), name, target);
    });
}

bool SubstitutionActions::removeTarget(Side side, const QString &name)
{
    const QString text = side == Side::Capabilities
                             ? Tr::tr("Stop exposing capability %1").arg(name)
                             : Tr::tr("Stop exposing requirement %1").arg(name);
    return edit(text,
                [&](SubstitutionMapping &mapping) { return take(mapping.targets(side), name); });
}

bool SubstitutionActions::addProperty(const PropertyMapping &property)
{
    return edit(Tr::tr("Map property %1").arg(property.name), [&](SubstitutionMapping &mapping) {
        return !property.input.isEmpty() && put(mapping.properties, QString(), property);
    });
}

bool SubstitutionActions::changeProperty(const QString &name, const PropertyMapping &property)
{
    return edit(Tr::tr("Change property mapping %1").arg(name), [&](SubstitutionMapping &mapping) {
        return !name.isEmpty() && !property.input.isEmpty()
               && put(mapping.properties, name, property);
    });
}

bool SubstitutionActions::removeProperty(const QString &name)
{
    return edit(Tr::tr("Unmap property %1").arg(name),
                [&](SubstitutionMapping &mapping) { return take(mapping.properties, name); });
}

QStringList SubstitutionActions::substitutableTypes() const
{
    const bool plainTosca
        = ToscaDialect::isToscaSimpleProfile(m_document->archive().toscaDefinitionsVersion);
    QStringList names;
    for (const TypeDefinition *type : m_document->types().types(TypeKind::Node)) {
        if (plainTosca || type->abstract)
            names << type->name;
    }
    names.sort();
    return names;
}

QStringList SubstitutionActions::targetsOf(Side side, const QString &node) const
{
    const NodeTemplate *n = m_document->topology().node(node);
    const TypeDefinition *type
        = n ? m_document->types().resolved(TypeKind::Node, n->type) : nullptr;
    return type ? namesOf(*type, side) : QStringList();
}

QStringList SubstitutionActions::substitutedTargets(Side side) const
{
    const QString nodeType = mapping().nodeType;
    const TypeDefinition *type
        = nodeType.isEmpty() ? nullptr : m_document->types().resolved(TypeKind::Node, nodeType);
    return type ? namesOf(*type, side) : QStringList();
}

QStringList SubstitutionActions::substitutedProperties() const
{
    const QString nodeType = mapping().nodeType;
    const TypeDefinition *type
        = nodeType.isEmpty() ? nullptr : m_document->types().resolved(TypeKind::Node, nodeType);
    QStringList names;
    if (type) {
        for (const PropertyDefinition &property : type->properties)
            names << property.name;
    }
    return names;
}

} // namespace Topologist
