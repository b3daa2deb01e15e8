// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/standardtypecleaner.h"

#include "standard/standardkeys.h"
#include "types/toscaversion.h"

#include <QCoreApplication>

namespace Topologist {

namespace {

const QString tagsKey = QStringLiteral("tags");
const QString metadataKey = QStringLiteral("metadata");

/// Metadata values are strings in TOSCA; Alien4Cloud tags may be anything.
Value asString(const Value &value)
{
    return value.isScalar() ? Value::scalar(value.text(), value.isQuoted())
                            : Value::scalar(value.toDisplayString(), true);
}

/// `host: tosca.capabilities.Container` as `host: {type: tosca.capabilities.Container}`: the
/// standard allows the short form, but tosca-parser 2.6.0 reads only the long one.
Value expanded(const Value &definition, const QString &key)
{
    if (!definition.isScalar())
        return definition;
    return Value::map({{key, definition, {}}});
}

Value expandedEntries(const Value &map, const QString &key)
{
    if (!map.isMap())
        return map;
    Value result = map;
    for (Value::Entry &entry : result.entries())
        entry.value = expanded(entry.value, key);
    return result;
}

/// Expands the short definitions of a member (a map, or a list of single-entry maps).
void expandShortForms(Value *definition, const QString &member, const QString &key)
{
    Value value = definition->value(member);
    if (value.isList()) {
        for (Value &item : value.items())
            item = expandedEntries(item, key);
    } else {
        value = expandedEntries(value, key);
    }
    if (!value.isNull())
        definition->insert(member, value);
}

/// Alien4Cloud also takes capabilities and artifacts as a list of single-entry maps; TOSCA
/// wants one map.
void listAsMap(Value *definition, const QString &member)
{
    const Value list = definition->value(member);
    if (!list.isList())
        return;
    Value map = Value::map();
    for (const Value &item : list.items()) {
        for (const Value::Entry &entry : item.entries())
            map.insert(entry.key, entry.value);
    }
    definition->insert(member, map);
}

/// A requirement definition without `node` may be met by any node: `node: tosca.nodes.Root`
/// says the same, and tosca-parser 2.6.0 needs it, since it otherwise looks for the node type
/// among those named tosca.nodes.* only and fails on every other.
void nodeMadeExplicit(Value *definition)
{
    Value requirements = definition->value(QStringLiteral("requirements"));
    if (!requirements.isList())
        return;
    for (Value &item : requirements.items()) {
        for (Value::Entry &entry : item.entries()) {
            if (entry.value.isMap() && !entry.value.contains(QStringLiteral("node")))
                entry.value.insert(QStringLiteral("node"),
                                   Value::scalar(QStringLiteral("tosca.nodes.Root")));
        }
    }
    definition->insert(QStringLiteral("requirements"), requirements);
}

Value constraintList(const Value &constraints)
{
    if (!constraints.isMap())
        return constraints;
    Value list = Value::list();
    for (const Value::Entry &entry : constraints.entries())
        list.append(Value::map({entry}));
    return list;
}

/// Alien4Cloud takes `constraints: {valid_values: [...]}`; TOSCA wants a list of single-entry
/// maps, here and in an entry_schema.
Value constraintsAsList(const Value &definition)
{
    if (!definition.isMap())
        return definition;
    Value result = definition;
    const QString key = QStringLiteral("constraints");
    if (result.contains(key))
        result.insert(key, constraintList(result.value(key)));
    const Value schema = result.value(QStringLiteral("entry_schema"));
    if (schema.isMap() && schema.contains(key))
        result.insert(QStringLiteral("entry_schema"), constraintsAsList(schema));
    return result;
}

} // namespace

Value StandardTypeCleaner::clean(TypeKind kind, const QString &name, const Value &definition) const
{
    if (!definition.isMap())
        return definition;
    const QString element = typeSectionName(kind) + QLatin1Char('/') + name;
    Value result = definition;
    const QSet<QString> &allowed = StandardKeys::typeKeys(kind);
    if (allowed.contains(metadataKey))
        result = tagsAsMetadata(result, element);
    if (kind == TypeKind::Interface) {
        // Operations are free-named keys: only the keys Alien4Cloud adds can be told apart.
        for (const char *alienOnly : {"tags", "abstract"}) {
            if (result.remove(QLatin1String(alienOnly)))
                m_dropped->append({element, QLatin1String(alienOnly)});
        }
        return result;
    }
    result = constraintsAsList(StandardKeys::keepOnly(result, allowed, element, m_dropped));
    listAsMap(&result, QStringLiteral("capabilities"));
    listAsMap(&result, QStringLiteral("artifacts"));
    expandShortForms(&result, QStringLiteral("capabilities"), QStringLiteral("type"));
    expandShortForms(&result, QStringLiteral("requirements"), QStringLiteral("capability"));
    const std::pair<QString, const QSet<QString> &> members[] = {
        {QStringLiteral("properties"), StandardKeys::propertyDefinitionKeys()},
        {QStringLiteral("attributes"), StandardKeys::attributeDefinitionKeys()},
        {QStringLiteral("capabilities"), StandardKeys::capabilityDefinitionKeys()},
        {QStringLiteral("requirements"), StandardKeys::requirementDefinitionKeys()},
        {QStringLiteral("artifacts"), StandardKeys::artifactDefinitionKeys()},
    };
    for (const auto &[member, keys] : members)
        cleanMember(&result, member, keys, element);
    nodeMadeExplicit(&result);
    return result;
}

Value StandardTypeCleaner::tagsAsMetadata(const Value &definition, const QString &element) const
{
    const Value tags = definition.value(tagsKey);
    if (tags.isNull())
        return definition;
    Value result = definition;
    result.remove(tagsKey);
    if (!tags.isMap()) {
        m_dropped->append({element, tagsKey});
        return result;
    }
    Value metadata = result.value(metadataKey);
    if (!metadata.isMap())
        metadata = Value::map();
    for (const Value::Entry &tag : tags.entries()) {
        if (!metadata.contains(tag.key))
            metadata.insert(tag.key, asString(tag.value));
    }
    result.insert(metadataKey, metadata);
    return result;
}

Value StandardTypeCleaner::definitions(const Value &map,
                                       const QSet<QString> &allowed,
                                       const QString &element) const
{
    if (!map.isMap())
        return map;
    Value result = map;
    for (Value::Entry &entry : result.entries()) {
        const QString where = element + QLatin1Char('/') + entry.key;
        entry.value
            = constraintsAsList(StandardKeys::keepOnly(entry.value, allowed, where, m_dropped));
        dropNonStandardVersion(&entry.value, where);
    }
    return result;
}

Value StandardTypeCleaner::definitionList(const Value &list,
                                          const QSet<QString> &allowed,
                                          const QString &element) const
{
    if (!list.isList())
        return definitions(list, allowed, element);
    Value result = list;
    for (Value &item : result.items())
        item = definitions(item, allowed, element);
    return result;
}

void StandardTypeCleaner::dropNonStandardVersion(Value *definition, const QString &element) const
{
    const Value defaultValue = definition->value(QStringLiteral("default"));
    if (definition->value(QStringLiteral("type")).text() != QLatin1String("version")
        || !defaultValue.isScalar() || ToscaVersion::isStandard(defaultValue.text()))
        return;
    definition->remove(QStringLiteral("default"));
    m_dropped->append(
        {element,
         QStringLiteral("default"),
         QCoreApplication::translate("StandardToscaExporter", "\"%1\" is no TOSCA version")
             .arg(defaultValue.text())});
}

void StandardTypeCleaner::cleanMember(Value *definition,
                                      const QString &key,
                                      const QSet<QString> &allowed,
                                      const QString &element) const
{
    const Value member = definition->value(key);
    if (member.isNull())
        return;
    definition->insert(key, definitionList(member, allowed, element + QLatin1Char('/') + key));
}

} // namespace Topologist
