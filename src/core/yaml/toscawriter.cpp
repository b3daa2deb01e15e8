// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/toscawriter.h"

#include "yaml/commentplacer.h"
#include "yaml/toscadialect.h"
#include "yaml/toscareader.h"

#include <QLocale>

#include <yaml-cpp/yaml.h>

#include <string>

namespace Topologist {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// Functions Alien4Cloud reads with a single, unbracketed argument.
bool takesScalarArgument(const QString &function)
{
    return function == QLatin1String("get_input") || function == QLatin1String("get_input_artifact")
           || function == QLatin1String("get_secret");
}

class Emitter
{
public:
    YAML::Emitter out;

    Emitter()
    {
        out.SetIndent(2);
        out.SetMapFormat(YAML::Block);
        out.SetSeqFormat(YAML::Block);
    }

    void scalar(const QString &text, bool quoted)
    {
        if (quoted)
            out << YAML::DoubleQuoted << utf8(text);
        else if (text.contains(QLatin1Char('\n')))
            out << (literalKeepsText(text) ? YAML::Literal : YAML::DoubleQuoted) << utf8(text);
        else
            out << utf8(text);
    }

    /// yaml-cpp writes a literal block as `|` (clip chomping, indentation detected from the first
    /// line) and escapes nothing in it, so reading it back gives the same text only when the
    /// text ends with exactly one line break, does not start with white space, and has no
    /// character that needs an escape. Anything else is written double-quoted, which is exact.
    static bool literalKeepsText(const QString &text)
    {
        if (!text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1String("\n\n")))
            return false;
        if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))
            || text.startsWith(QLatin1Char('\n')))
            return false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7F || u == 0x85 || u == 0x2028
                || u == 0x2029 || u == 0xFEFF)
                return false;
        }
        return true;
    }

    void value(const Value &v, bool flow = false)
    {
        switch (v.kind()) {
        case Value::Kind::Null:
            out << YAML::Null;
            break;
        case Value::Kind::Scalar:
            scalar(v.text(), v.isQuoted());
            break;
        case Value::Kind::List:
            if (flow || v.items().empty())
                out << YAML::Flow;
            out << YAML::BeginSeq;
            for (const Value &item : v.items())
                value(item, flow);
            out << YAML::EndSeq;
            break;
        case Value::Kind::Map:
            if (flow || v.entries().empty())
                out << YAML::Flow;
            out << YAML::BeginMap;
            for (const Value::Entry &entry : v.entries()) {
                out << YAML::Key << utf8(entry.key) << YAML::Value;
                value(entry.value, flow);
            }
            out << YAML::EndMap;
            break;
        case Value::Kind::Function:
            out << YAML::Flow << YAML::BeginMap << YAML::Key << utf8(v.functionName())
                << YAML::Value;
            if (takesScalarArgument(v.functionName()) && v.arguments().size() == 1
                && v.arguments().front().isScalar()) {
                value(v.arguments().front(), true);
            } else {
                out << YAML::Flow << YAML::BeginSeq;
                for (const Value &argument : v.arguments())
                    value(argument, true);
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
            break;
        }
    }

    void key(const char *name) { out << YAML::Key << name << YAML::Value; }
    void key(const QString &name) { out << YAML::Key << utf8(name) << YAML::Value; }

    void stringEntry(const char *name, const QString &text)
    {
        if (text.isEmpty())
            return;
        key(name);
        scalar(text, false);
    }

    void valueEntry(const char *name, const Value &v)
    {
        if (v.isNull())
            return;
        key(name);
        value(v);
    }

    /// Non-empty maps only: an empty `properties: {}` adds noise to every node.
    void mapEntry(const char *name, const Value &v)
    {
        if (v.isNull() || (v.isMap() && v.entries().empty()))
            return;
        key(name);
        value(v);
    }

    void extras(const Value &v)
    {
        for (const Value::Entry &entry : v.entries()) {
            key(entry.key);
            value(entry.value);
        }
    }

    void constraintList(const Constraints &constraints)
    {
        out << YAML::BeginSeq;
        for (const Constraint &constraint : constraints) {
            out << YAML::Flow << YAML::BeginMap;
            key(Constraint::operatorName(constraint.op));
            value(constraint.argument, true);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    void propertyDefinitions(const PropertyDefinitions &definitions)
    {
        out << YAML::BeginMap;
        for (const PropertyDefinition &definition : definitions) {
            key(definition.name);
            out << YAML::BeginMap;
            stringEntry("type", definition.type);
            stringEntry("description", definition.description);
            if (!definition.required) {
                key("required");
                out << false;
            }
            valueEntry("default", definition.defaultValue);
            valueEntry("value", definition.expression);
            if (!definition.constraints.isEmpty()) {
                key("constraints");
                constraintList(definition.constraints);
            }
            if (!definition.entrySchemaType.isEmpty()) {
                key("entry_schema");
                out << YAML::BeginMap;
                stringEntry("type", definition.entrySchemaType);
                if (!definition.entrySchemaConstraints.isEmpty()) {
                    key("constraints");
                    constraintList(definition.entrySchemaConstraints);
                }
                out << YAML::EndMap;
            }
            extras(definition.extras);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }

    void artifacts(const ArtifactDefinitions &artifacts)
    {
        out << YAML::BeginMap;
        for (const ArtifactDefinition &artifact : artifacts) {
            key(artifact.name);
            out << YAML::BeginMap;
            stringEntry("type", artifact.type);
            valueEntry("file", artifact.file);
            stringEntry("repository", artifact.repository);
            stringEntry("description", artifact.description);
            stringEntry("deploy_path", artifact.deployPath);
            extras(artifact.extras);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }

    void requirement(const RequirementAssignment &r, bool namedRelationships)
    {
        out << YAML::BeginMap;
        const bool simple = r.shortForm && r.capability.isEmpty() && r.relationship.isEmpty()
                            && r.properties.isNull() && r.interfaces.isNull()
                            && r.extras.entries().empty() && r.relationshipName.isEmpty();
        const QString mapKey
            = namedRelationships && !r.relationshipName.isEmpty() ? r.relationshipName : r.name;
        key(mapKey);
        if (simple) {
            scalar(r.node, false);
        } else {
            out << YAML::BeginMap;
            stringEntry("node", r.node);
            stringEntry("capability", r.capability);
            stringEntry("relationship", r.relationship);
            if (namedRelationships && !r.relationshipName.isEmpty())
                stringEntry("type_requirement", r.name);
            mapEntry("properties", r.properties);
            valueEntry("interfaces", r.interfaces);
            extras(r.extras);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }

    void nodeTemplate(const NodeTemplate &node, bool namedRelationships)
    {
        key(node.name);
        out << YAML::BeginMap;
        stringEntry("type", node.type);
        stringEntry("description", node.description);
        mapEntry("properties", node.properties);
        if (!node.capabilities.isEmpty()) {
            key("capabilities");
            out << YAML::BeginMap;
            for (const CapabilityAssignment &capability : node.capabilities) {
                key(capability.name);
                out << YAML::BeginMap;
                key("properties");
                value(capability.properties.isNull() ? Value::map() : capability.properties);
                extras(capability.extras);
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        if (!node.requirements.isEmpty()) {
            key("requirements");
            out << YAML::BeginSeq;
            for (const RequirementAssignment &r : node.requirements)
                requirement(r, namedRelationships);
            out << YAML::EndSeq;
        }
        valueEntry("interfaces", node.interfaces);
        if (!node.artifacts.isEmpty()) {
            key("artifacts");
            artifacts(node.artifacts);
        }
        extras(node.extras);
        out << YAML::EndMap;
    }

    void topology(const TopologyTemplate &topology, bool namedRelationships)
    {
        key("topology_template");
        out << YAML::BeginMap;
        stringEntry("description", topology.description);
        if (!topology.inputs.isEmpty()) {
            key("inputs");
            propertyDefinitions(topology.inputs);
        }
        valueEntry("input_artifacts", topology.inputArtifacts);
        key("node_templates");
        if (topology.nodes().isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        } else {
            out << YAML::BeginMap;
            for (const NodeTemplate &node : topology.nodes())
                nodeTemplate(node, namedRelationships);
            out << YAML::EndMap;
        }
        if (!topology.outputs.isEmpty()) {
            key("outputs");
            out << YAML::BeginMap;
            for (const OutputDefinition &output : topology.outputs) {
                key(output.name);
                out << YAML::BeginMap;
                stringEntry("description", output.description);
                key("value");
                value(output.value);
                extras(output.extras);
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        valueEntry("substitution_mappings", topology.substitutionMappings);
        groups(topology.groups);
        policies(topology.policies, topology.policiesAsMap);
        valueEntry("workflows", topology.workflows);
        extras(topology.extras);
        out << YAML::EndMap;
    }

    void stringList(const char *name, const QStringList &items)
    {
        if (items.isEmpty())
            return;
        key(name);
        out << YAML::Flow << YAML::BeginSeq;
        for (const QString &item : items)
            scalar(item, false);
        out << YAML::EndSeq;
    }

    void groups(const GroupDefinitions &groups)
    {
        if (groups.isEmpty())
            return;
        key("groups");
        out << YAML::BeginMap;
        for (const GroupDefinition &group : groups) {
            key(group.name);
            out << YAML::BeginMap;
            stringEntry("type", group.type);
            stringEntry("description", group.description);
            stringList("members", group.members);
            // `properties: {}` as written: an empty map and none are different models.
            valueEntry("properties", group.properties);
            valueEntry("policies", group.policies);
            extras(group.extras);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }

    void policy(const PolicyDefinition &policy)
    {
        key(policy.name);
        out << YAML::BeginMap;
        stringEntry("type", policy.type);
        stringEntry("description", policy.description);
        stringList("targets", policy.targets);
        valueEntry("properties", policy.properties);
        extras(policy.extras);
        out << YAML::EndMap;
    }

    void policies(const PolicyDefinitions &policies, bool asMap)
    {
        if (policies.isEmpty())
            return;
        key("policies");
        out << (asMap ? YAML::BeginMap : YAML::BeginSeq);
        for (const PolicyDefinition &p : policies) {
            if (!asMap)
                out << YAML::BeginMap;
            policy(p);
            if (!asMap)
                out << YAML::EndMap;
        }
        out << (asMap ? YAML::EndMap : YAML::EndSeq);
    }

    void repositories(const RepositoryDefinitions &repositories)
    {
        if (repositories.isEmpty())
            return;
        key("repositories");
        out << YAML::BeginMap;
        for (const RepositoryDefinition &repository : repositories) {
            key(repository.name);
            const bool onlyUrl = repository.type.isEmpty() && repository.description.isEmpty()
                                 && repository.credential.isNull()
                                 && repository.extras.entries().empty();
            if (repository.shortForm && onlyUrl) {
                scalar(repository.url, false);
                continue;
            }
            out << YAML::BeginMap;
            stringEntry("description", repository.description);
            stringEntry("url", repository.url);
            stringEntry("type", repository.type);
            valueEntry("credential", repository.credential);
            extras(repository.extras);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
};

QString layoutString(const TopologyTemplate &topology)
{
    QStringList entries;
    for (const NodeTemplate &node : topology.nodes()) {
        if (!node.position)
            continue;
        // The shortest text that reads back as the same double: whole numbers stay "40", and a
        // node the canvas placed at 12.5 does not move when the file is reopened.
        entries << node.name + QLatin1Char(' ')
                       + QString::number(node.position->x(), 'f', QLocale::FloatingPointShortest)
                       + QLatin1Char(' ')
                       + QString::number(node.position->y(), 'f', QLocale::FloatingPointShortest);
    }
    return entries.join(QLatin1Char(';'));
}

bool isTopLevelKey(const QByteArray &line)
{
    return !line.isEmpty() && line[0] != ' ' && line[0] != '-' && line[0] != '#';
}

/// A comment line at the left margin that the lines up to a top-level key all are too: the
/// comment of that section, which stays right above it.
bool startsSectionComment(const QList<QByteArray> &lines, int i)
{
    while (i < lines.size() && lines[i].startsWith('#'))
        ++i;
    return i < lines.size() && isTopLevelKey(lines[i]);
}

/// yaml-cpp writes one document with no blank lines; a blank line between top-level sections
/// (before a section's comment, if it has one) makes saved files read like the hand-written
/// blueprints users know.
QByteArray spaceTopLevelSections(const QByteArray &raw)
{
    QByteArray result;
    result.reserve(raw.size() + 64);
    const QList<QByteArray> lines = raw.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const bool sectionStart
            = isTopLevelKey(line) || (line.startsWith('#') && startsSectionComment(lines, i));
        const bool spaced = i == 0 || lines[i - 1].isEmpty() || lines[i - 1].startsWith('#');
        if (sectionStart && !spaced)
            result += '\n';
        result += line;
        if (i + 1 < lines.size())
            result += '\n';
    }
    if (!result.endsWith('\n'))
        result += '\n';
    return result;
}

} // namespace

QByteArray ToscaWriter::write(const ToscaArchive &archive, const Options &options) const
{
    // Saving keeps the file's own dialect: writing an alien_dsl_2_0_0 file as 1.4.0 would drop
    // its relationship names, and a tosca_simple_yaml file would lose its implicit types.
    QString dialect = options.dialect;
    if (dialect.isEmpty())
        dialect = ToscaDialect::isKnown(archive.toscaDefinitionsVersion)
                      ? archive.toscaDefinitionsVersion
                      : ToscaDialect::defaultWriteVersion();
    const bool namedRelationships = ToscaDialect::namesRelationships(dialect);
    Emitter e;
    e.out << YAML::BeginMap;
    e.key("tosca_definitions_version");
    e.out << utf8(dialect);

    const QString layout
        = options.writeLayout && archive.topology ? layoutString(*archive.topology) : QString();
    const bool headerInMetadata
        = archive.headerInMetadata || !archive.metadataTags.isEmpty() || !layout.isEmpty();
    if (headerInMetadata) {
        e.key("metadata");
        e.out << YAML::BeginMap;
        e.stringEntry("template_name", archive.name);
        e.stringEntry("template_version", archive.version);
        e.stringEntry("template_author", archive.author);
        for (const auto &[tagKey, tagValue] : archive.metadataTags) {
            e.key(tagKey);
            e.scalar(tagValue, false);
        }
        if (!layout.isEmpty()) {
            e.key(ToscaReader::layoutMetadataKey());
            e.scalar(layout, true);
        }
        e.out << YAML::EndMap;
    } else {
        e.stringEntry("template_name", archive.name);
        e.stringEntry("template_version", archive.version);
        e.stringEntry("template_author", archive.author);
    }
    e.stringEntry("description", archive.description);
    if (!archive.imports.isEmpty()) {
        e.key("imports");
        e.out << YAML::BeginSeq;
        for (const ArchiveImport &import : archive.imports) {
            if (import.extras.entries().empty()) {
                e.out << utf8(import.id());
                continue;
            }
            e.out << YAML::BeginMap;
            e.key("file");
            e.scalar(import.file, false);
            e.extras(import.extras);
            e.out << YAML::EndMap;
        }
        e.out << YAML::EndSeq;
    }
    e.repositories(archive.repositories);
    e.extras(archive.typeSections);
    if (archive.topology)
        e.topology(*archive.topology, namedRelationships);
    e.extras(archive.extras);
    e.out << YAML::EndMap;
    CommentMap comments = archive.comments;
    if (archive.topology) {
        for (const NodeTemplate &node : archive.topology->nodes())
            comments.addAll(node.comments, ToscaReader::nodeCommentPath(node.name));
    }
    return spaceTopLevelSections(CommentPlacer::place(e.out.c_str(), comments));
}

QByteArray ToscaWriter::writeNodeTemplates(const QList<NodeTemplate> &nodes,
                                           const QString &dialect) const
{
    const bool namedRelationships = ToscaDialect::namesRelationships(dialect);
    Emitter e;
    e.out << YAML::BeginMap;
    e.key("node_templates");
    e.out << YAML::BeginMap;
    for (const NodeTemplate &node : nodes)
        e.nodeTemplate(node, namedRelationships);
    e.out << YAML::EndMap;
    e.out << YAML::EndMap;
    CommentMap comments;
    for (const NodeTemplate &node : nodes)
        comments.addAll(node.comments, {QStringLiteral("node_templates"), node.name});
    QByteArray text = CommentPlacer::place(e.out.c_str(), comments);
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

} // namespace Topologist
