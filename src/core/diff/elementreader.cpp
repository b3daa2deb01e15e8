// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/elementreader.h"

#include "yaml/toscadialect.h"
#include "yaml/toscareader.h"
#include "yaml/yamlvaluereader.h"

namespace Topologist {

namespace {

const QString documentName = QStringLiteral("conflict.yml");

Value scalar(const char *text)
{
    return Value::scalar(QString::fromLatin1(text));
}

Value single(const QString &key, const Value &value)
{
    Value map = Value::map();
    map.insert(key, value);
    return map;
}

/// The archive a document of `root`'s sections makes.
ToscaArchive read(const QString &section, const Value &content)
{
    Value root = Value::map();
    root.insert(QStringLiteral("tosca_definitions_version"),
                Value::scalar(ToscaDialect::defaultWriteVersion()));
    root.insert(section, content);
    Diagnostics ignored;
    return ToscaReader().fromValue(root, documentName, &ignored);
}

ToscaArchive readTopology(const QString &section, const Value &content)
{
    return read(QStringLiteral("topology_template"), single(section, content));
}

/// A requirement as a file writes it: `name: {node, capability, relationship...}`, or under the
/// relationship's name with `type_requirement` in the dialects that name relationships.
Value requirementEntry(const QString &key, const Value &value)
{
    const QString name = key.section(QLatin1Char('#'), 0, 0);
    Value body = value;
    const QString relationshipName = value.value(QStringLiteral("relationship_name")).text();
    if (relationshipName.isEmpty())
        return single(name, body);
    body.remove(QStringLiteral("relationship_name"));
    body.insert(QStringLiteral("type_requirement"), Value::scalar(name));
    return single(relationshipName, body);
}

/// A node's value with its requirements as the list a file has (ElementValues keys them).
Value nodeBody(const Value &value)
{
    Value body = value;
    const Value *requirements = value.find(QStringLiteral("requirements"));
    if (requirements && requirements->isMap()) {
        Value list = Value::list();
        for (const Value::Entry &entry : requirements->entries())
            list.append(requirementEntry(entry.key, entry.value));
        body.insert(QStringLiteral("requirements"), list);
    }
    return body;
}

/// A stand-in node that carries one part: its type is never read.
std::optional<NodeTemplate> nodeWith(const char *part, const Value &content)
{
    Value body = Value::map();
    body.insert(QStringLiteral("type"), scalar("tosca.nodes.Root"));
    body.insert(QString::fromLatin1(part), content);
    const QString name = QStringLiteral("Holder");
    ToscaArchive archive = readTopology(QStringLiteral("node_templates"), single(name, body));
    if (!archive.topology || !archive.topology->node(name))
        return std::nullopt;
    return *archive.topology->node(name);
}

/// "in_range: [1, 5]" (ElementValues writes constraints as text) as the mapping a file has.
Value constraintsFromText(const Value &texts)
{
    Value list = Value::list();
    for (const Value &text : texts.items()) {
        Diagnostics ignored;
        const Value parsed = YamlValueReader().read(text.text().toUtf8(), documentName, &ignored);
        if (parsed.isMap())
            list.append(parsed);
    }
    return list;
}

/// An input's value in the shape of the file: constraints, entry schema and value as written.
Value inputBody(const Value &value)
{
    Value body = Value::map();
    Value entrySchema = Value::map();
    for (const Value::Entry &entry : value.entries()) {
        if (entry.key == QLatin1String("constraints"))
            body.insert(entry.key, constraintsFromText(entry.value));
        else if (entry.key == QLatin1String("entry_schema"))
            entrySchema.insert(QStringLiteral("type"), entry.value);
        else if (entry.key == QLatin1String("entry_schema_constraints"))
            entrySchema.insert(QStringLiteral("constraints"), constraintsFromText(entry.value));
        else if (entry.key == QLatin1String("expression"))
            body.insert(QStringLiteral("value"), entry.value);
        else
            body.insert(entry.key, entry.value);
    }
    if (!entrySchema.entries().empty())
        body.insert(QStringLiteral("entry_schema"), entrySchema);
    return body;
}

template<typename T>
std::optional<T> named(const QList<T> &list, const QString &name)
{
    for (const T &element : list) {
        if (element.name == name)
            return element;
    }
    return std::nullopt;
}

} // namespace

std::optional<NodeTemplate> ElementReader::node(const QString &name, const Value &value)
{
    if (!value.isMap())
        return std::nullopt;
    ToscaArchive archive
        = readTopology(QStringLiteral("node_templates"), single(name, nodeBody(value)));
    if (!archive.topology || !archive.topology->node(name))
        return std::nullopt;
    return *archive.topology->node(name);
}

std::optional<RequirementAssignment> ElementReader::requirement(const QString &key,
                                                                const Value &value)
{
    if (!value.isMap() && !value.isScalar())
        return std::nullopt;
    Value list = Value::list();
    list.append(requirementEntry(key, value));
    const std::optional<NodeTemplate> holder = nodeWith("requirements", list);
    if (!holder || holder->requirements.size() != 1)
        return std::nullopt;
    return holder->requirements.first();
}

std::optional<CapabilityAssignment> ElementReader::capability(const QString &name,
                                                              const Value &value)
{
    if (!value.isMap() && !value.isNull())
        return std::nullopt;
    const std::optional<NodeTemplate> holder = nodeWith("capabilities", single(name, value));
    return holder ? named(holder->capabilities, name) : std::nullopt;
}

std::optional<ArtifactDefinition> ElementReader::artifact(const QString &name, const Value &value)
{
    if (!value.isMap() && !value.isScalar())
        return std::nullopt;
    const std::optional<NodeTemplate> holder = nodeWith("artifacts", single(name, value));
    return holder ? named(holder->artifacts, name) : std::nullopt;
}

std::optional<PropertyDefinition> ElementReader::input(const QString &name, const Value &value)
{
    if (!value.isMap())
        return std::nullopt;
    const ToscaArchive archive
        = readTopology(QStringLiteral("inputs"), single(name, inputBody(value)));
    return archive.topology ? named(archive.topology->inputs, name) : std::nullopt;
}

std::optional<OutputDefinition> ElementReader::output(const QString &name, const Value &value)
{
    if (!value.isMap())
        return std::nullopt;
    const ToscaArchive archive = readTopology(QStringLiteral("outputs"), single(name, value));
    return archive.topology ? named(archive.topology->outputs, name) : std::nullopt;
}

std::optional<GroupDefinition> ElementReader::group(const QString &name, const Value &value)
{
    if (!value.isMap())
        return std::nullopt;
    const ToscaArchive archive = readTopology(QStringLiteral("groups"), single(name, value));
    return archive.topology ? named(archive.topology->groups, name) : std::nullopt;
}

std::optional<PolicyDefinition> ElementReader::policy(const QString &name, const Value &value)
{
    if (!value.isMap())
        return std::nullopt;
    const ToscaArchive archive = readTopology(QStringLiteral("policies"), single(name, value));
    return archive.topology ? named(archive.topology->policies, name) : std::nullopt;
}

std::optional<RepositoryDefinition> ElementReader::repository(const QString &name,
                                                              const Value &value)
{
    if (!value.isMap() && !value.isScalar())
        return std::nullopt;
    return named(read(QStringLiteral("repositories"), single(name, value)).repositories, name);
}

std::optional<ArchiveImport> ElementReader::import(const QString &id, const Value &value)
{
    Value item;
    if (value.isScalar()) {
        item = value;
    } else if (value.isMap()) {
        // A file import written as a mapping: its other keys, the file is the id.
        item = value;
        item.insert(QStringLiteral("file"), Value::scalar(id));
    } else {
        return std::nullopt;
    }
    Value list = Value::list();
    list.append(item);
    const ArchiveImports imports = read(QStringLiteral("imports"), list).imports;
    if (imports.size() != 1 || imports.first().id() != id)
        return std::nullopt;
    return imports.first();
}

} // namespace Topologist
