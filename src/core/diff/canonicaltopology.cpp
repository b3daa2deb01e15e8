// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/canonicaltopology.h"

#include "diff/topologydiff.h"
#include "yaml/toscawriter.h"

#include <algorithm>
#include <numeric>

namespace Topologist {

namespace {

template<typename List>
void sortByName(List *list)
{
    std::stable_sort(
        list->begin(), list->end(), [](const auto &a, const auto &b) { return a.name < b.name; });
}

template<typename List>
void sortByNameWithValues(List *list)
{
    sortByName(list);
    for (auto &element : *list)
        element.extras = CanonicalTopology::canonical(element.extras);
}

} // namespace

Value CanonicalTopology::canonical(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return value;
    case Value::Kind::Scalar:
        return Value::scalar(value.text());
    case Value::Kind::List: {
        std::vector<Value> items;
        items.reserve(value.items().size());
        for (const Value &item : value.items())
            items.push_back(canonical(item));
        return Value::list(std::move(items));
    }
    case Value::Kind::Function: {
        std::vector<Value> arguments;
        arguments.reserve(value.arguments().size());
        for (const Value &argument : value.arguments())
            arguments.push_back(canonical(argument));
        return Value::function(value.functionName(), std::move(arguments));
    }
    case Value::Kind::Map:
        break;
    }
    std::vector<Value::Entry> entries;
    entries.reserve(value.entries().size());
    for (const Value::Entry &entry : value.entries())
        entries.push_back({entry.key, canonical(entry.value), {}});
    std::stable_sort(
        entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    return Value::map(std::move(entries));
}

void CanonicalTopology::canonicalizeNode(NodeTemplate *node)
{
    node->comments = CommentMap();
    node->properties = canonical(node->properties);
    node->interfaces = canonical(node->interfaces);
    node->extras = canonical(node->extras);
    sortByName(&node->capabilities);
    for (CapabilityAssignment &capability : node->capabilities) {
        capability.properties = canonical(capability.properties);
        capability.extras = canonical(capability.extras);
    }
    // Only differently named requirements may change places: repeats of one name are data.
    sortByName(&node->requirements);
    for (RequirementAssignment &requirement : node->requirements) {
        requirement.shortForm = false;
        requirement.properties = canonical(requirement.properties);
        requirement.interfaces = canonical(requirement.interfaces);
        requirement.extras = canonical(requirement.extras);
    }
    sortByName(&node->artifacts);
    for (ArtifactDefinition &artifact : node->artifacts) {
        artifact.file = canonical(artifact.file);
        artifact.extras = canonical(artifact.extras);
    }
}

void CanonicalTopology::sortNodes(TopologyTemplate *topology)
{
    QList<NodeTemplate> nodes(topology->nodes().begin(), topology->nodes().end());
    sortByName(&nodes);
    QList<int> all(nodes.size());
    std::iota(all.begin(), all.end(), 0);
    topology->removeNodesAt(all);
    topology->reserveNodes(int(nodes.size()));
    for (NodeTemplate &node : nodes) {
        canonicalizeNode(&node);
        topology->appendNode(std::move(node));
    }
}

void CanonicalTopology::canonicalizeTopology(TopologyTemplate *topology)
{
    sortNodes(topology);
    sortByNameWithValues(&topology->inputs);
    for (PropertyDefinition &input : topology->inputs)
        input.defaultValue = canonical(input.defaultValue);
    sortByNameWithValues(&topology->outputs);
    for (OutputDefinition &output : topology->outputs)
        output.value = canonical(output.value);
    sortByNameWithValues(&topology->groups);
    for (GroupDefinition &group : topology->groups) {
        group.properties = canonical(group.properties);
        group.policies = canonical(group.policies);
    }
    sortByNameWithValues(&topology->policies);
    for (PolicyDefinition &policy : topology->policies)
        policy.properties = canonical(policy.properties);
    topology->policiesAsMap = false;
    topology->inputArtifacts = canonical(topology->inputArtifacts);
    topology->substitutionMappings = canonical(topology->substitutionMappings);
    topology->workflows = canonical(topology->workflows);
    topology->extras = canonical(topology->extras);
}

ToscaArchive CanonicalTopology::canonical(const ToscaArchive &archive)
{
    ToscaArchive result = archive;
    result.comments = CommentMap();
    result.headerInMetadata = true;
    std::stable_sort(result.metadataTags.begin(), result.metadataTags.end());
    std::stable_sort(result.imports.begin(),
                     result.imports.end(),
                     [](const auto &a, const auto &b) { return a.id() < b.id(); });
    for (ArchiveImport &import : result.imports)
        import.extras = canonical(import.extras);
    sortByNameWithValues(&result.repositories);
    for (RepositoryDefinition &repository : result.repositories) {
        repository.shortForm = false;
        repository.credential = canonical(repository.credential);
    }
    result.typeSections = canonical(result.typeSections);
    result.extras = canonical(result.extras);
    if (result.topology)
        canonicalizeTopology(&*result.topology);
    return result;
}

QByteArray CanonicalTopology::layoutLines(const ToscaArchive &archive)
{
    QByteArray lines;
    if (!archive.topology)
        return lines;
    for (const NodeTemplate &node : archive.topology->nodes()) {
        const Value position = TopologyDiff::positionValue(node);
        if (!position.isNull())
            lines += "#   " + node.name.toUtf8() + ' ' + position.text().toUtf8() + '\n';
    }
    if (!lines.isEmpty())
        lines.prepend("\n# Canvas layout (node x y), which Alien4Cloud does not deploy:\n");
    return lines;
}

QByteArray CanonicalTopology::text(const ToscaArchive &archive, Layout layout)
{
    const ToscaArchive sorted = canonical(archive);
    ToscaWriter::Options options;
    options.writeLayout = false;
    QByteArray yaml = ToscaWriter().write(sorted, options);
    if (layout == Layout::Separate)
        yaml += layoutLines(sorted);
    return yaml;
}

} // namespace Topologist
