// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/substitutionmapping.h"

#include "model/byname.h"

#include <algorithm>

namespace Topologist {

namespace {

const QString nodeTypeKey = QStringLiteral("node_type");
const QString capabilitiesKey = QStringLiteral("capabilities");
const QString requirementsKey = QStringLiteral("requirements");
const QString propertiesKey = QStringLiteral("properties");

bool isKnownKey(const QString &key)
{
    return key == nodeTypeKey || key == capabilitiesKey || key == requirementsKey
           || key == propertiesKey;
}

SourceLocation locationOf(const Value::Entry &entry)
{
    return entry.value.location().isValid() ? entry.value.location()
                                            : SourceLocation(entry.keyLocation);
}

/// Non-empty scalars only: `[ Node, capability ]`.
bool isNameList(const Value &value)
{
    return value.isList() && std::all_of(value.items().cbegin(), value.items().cend(), [](auto &v) {
               return v.isScalar() && !v.text().isEmpty();
           });
}

SubstitutionTarget readTarget(const Value::Entry &entry)
{
    SubstitutionTarget target;
    target.name = entry.key;
    target.location = locationOf(entry);
    const std::vector<Value> &items = entry.value.items();
    if (!isNameList(entry.value) || items.size() < 2 || items.size() > 3) {
        target.wellFormed = false;
        return target;
    }
    target.node = items[0].text();
    target.target = items[1].text();
    if (items.size() == 3)
        target.relationship = items[2].text();
    return target;
}

SubstitutionTargets readTargets(const Value &section)
{
    SubstitutionTargets targets;
    for (const Value::Entry &entry : section.entries())
        targets.append(readTarget(entry));
    return targets;
}

PropertyMapping readProperty(const Value::Entry &entry)
{
    PropertyMapping mapping;
    mapping.name = entry.key;
    mapping.location = locationOf(entry);
    if (isNameList(entry.value) && entry.value.items().size() == 1)
        mapping.input = entry.value.items().front().text();
    return mapping;
}

PropertyMappings readProperties(const Value &section)
{
    PropertyMappings mappings;
    for (const Value::Entry &entry : section.entries())
        mappings.append(readProperty(entry));
    return mappings;
}

Value nameList(const QStringList &names)
{
    Value list = Value::list();
    for (const QString &name : names)
        list.append(Value::scalar(name));
    return list;
}

Value writtenTarget(const SubstitutionTarget &target)
{
    QStringList names{target.node, target.target};
    if (!target.relationship.isEmpty())
        names.append(target.relationship);
    return nameList(names);
}

/// The entries of `section` for `items`: an item the section already says the same of keeps
/// its entry as written, others are written anew, in the order of `items`.
template<typename Item, typename Read, typename Write>
Value writtenSection(const QList<Item> &items, const Value &section, Read read, Write write)
{
    Value result = Value::map();
    for (const Item &item : items) {
        const Value *old = section.find(item.name);
        const bool same = old && read(Value::Entry{item.name, *old, {}}) == item;
        result.insert(item.name, same ? *old : write(item));
    }
    return result;
}

} // namespace

SubstitutionMapping SubstitutionMapping::read(const Value &written)
{
    SubstitutionMapping mapping;
    mapping.location = written.location();
    for (const Value::Entry &entry : written.entries()) {
        if (entry.key == nodeTypeKey) {
            mapping.nodeType = entry.value.text();
            mapping.nodeTypeLocation = locationOf(entry);
        } else if (entry.key == capabilitiesKey) {
            mapping.capabilities = readTargets(entry.value);
        } else if (entry.key == requirementsKey) {
            mapping.requirements = readTargets(entry.value);
        } else if (entry.key == propertiesKey) {
            mapping.properties = readProperties(entry.value);
        } else {
            mapping.extras.insert(entry.key, entry.value);
        }
    }
    return mapping;
}

Value SubstitutionMapping::writtenOver(const Value &written) const
{
    if (read(written) == *this)
        return written;
    if (isEmpty())
        return Value();
    Value result = written.isMap() ? written : Value::map();
    const auto put = [&](const QString &key, bool empty, const Value &value) {
        if (empty)
            result.remove(key);
        else
            result.insert(key, value);
    };
    if (result.value(nodeTypeKey).text() != nodeType || nodeType.isEmpty())
        put(nodeTypeKey, nodeType.isEmpty(), Value::scalar(nodeType));
    const auto putTargets = [&](const QString &key, const SubstitutionTargets &targets) {
        const Value section = written.value(key);
        if (readTargets(section) != targets)
            put(key,
                targets.isEmpty(),
                writtenSection(targets, section, readTarget, writtenTarget));
    };
    putTargets(capabilitiesKey, capabilities);
    putTargets(requirementsKey, requirements);
    const Value section = written.value(propertiesKey);
    if (readProperties(section) != properties) {
        put(propertiesKey,
            properties.isEmpty(),
            writtenSection(properties, section, readProperty, [](const PropertyMapping &m) {
                return nameList({m.input});
            }));
    }
    for (const QString &key : result.keys()) {
        if (!isKnownKey(key) && !extras.contains(key))
            result.remove(key);
    }
    for (const Value::Entry &entry : extras.entries()) {
        if (result.value(entry.key) != entry.value)
            result.insert(entry.key, entry.value);
    }
    return result;
}

bool SubstitutionMapping::isEmpty() const
{
    return nodeType.isEmpty() && capabilities.isEmpty() && requirements.isEmpty()
           && properties.isEmpty() && extras.entries().empty();
}

SubstitutionTargets &SubstitutionMapping::targets(Side side)
{
    return side == Side::Capabilities ? capabilities : requirements;
}

const SubstitutionTargets &SubstitutionMapping::targets(Side side) const
{
    return side == Side::Capabilities ? capabilities : requirements;
}

const SubstitutionTarget *SubstitutionMapping::target(Side side, const QString &name) const
{
    return findByName(targets(side), name);
}

const PropertyMapping *SubstitutionMapping::property(const QString &name) const
{
    return findByName(properties, name);
}

bool SubstitutionMapping::renameNode(const QString &from, const QString &to)
{
    bool changed = false;
    for (SubstitutionTargets *list : {&capabilities, &requirements}) {
        for (SubstitutionTarget &target : *list) {
            if (target.wellFormed && target.node == from) {
                target.node = to;
                changed = true;
            }
        }
    }
    return changed;
}

bool SubstitutionMapping::removeNode(const QString &name)
{
    const auto onNode = [&](const SubstitutionTarget &t) {
        return t.wellFormed && t.node == name;
    };
    return (capabilities.removeIf(onNode) + requirements.removeIf(onNode)) > 0;
}

bool SubstitutionMapping::mentions(const QString &node) const
{
    const auto onNode = [&](const SubstitutionTarget &t) {
        return t.wellFormed && t.node == node;
    };
    return std::any_of(capabilities.cbegin(), capabilities.cend(), onNode)
           || std::any_of(requirements.cbegin(), requirements.cend(), onNode);
}

bool SubstitutionMapping::renameInput(const QString &from, const QString &to)
{
    bool changed = false;
    for (PropertyMapping &mapping : properties) {
        if (mapping.input == from) {
            mapping.input = to;
            changed = true;
        }
    }
    return changed;
}

bool SubstitutionMapping::removeInput(const QString &name)
{
    return properties.removeIf([&](const PropertyMapping &m) { return m.input == name; }) > 0;
}

} // namespace Topologist
