// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/topologymerge.h"

#include "diff/elementvalues.h"
#include "diff/keyedmerge.h"
#include "diff/mergeconflictrecord.h"
#include "diff/noderenamer.h"
#include "diff/topologydiff.h"
#include "diff/valuemerge.h"
#include "model/toscaarchive.h"

namespace Topologist {

namespace {

template<typename T>
QString nameKey(const QList<T> &list, int index)
{
    return list[index].name;
}

QStringList at(const char *key)
{
    return {QString::fromLatin1(key)};
}

/// One merge: the recorder of its conflicts and the merge of each part of the model.
class Merger
{
public:
    explicit Merger(const MergeChoices &choices)
        : recorder(choices)
    {}

    ConflictRecorder recorder;

    Value value(const Value &b,
                const Value &o,
                const Value &t,
                const QStringList &path,
                const QString &node = QString())
    {
        return ValueMerge::merge(&b, &o, &t, path, node, recorder).value_or(Value());
    }

    QString text(const QString &b,
                 const QString &o,
                 const QString &t,
                 const QStringList &path,
                 const QString &node = QString())
    {
        return ValueMerge::mergeText(b, o, t, path, node, recorder);
    }

    template<typename T>
    QList<T> whole(const QList<T> &b,
                   const QList<T> &o,
                   const QList<T> &t,
                   std::function<Value(const T &)> toValue,
                   const QStringList &path,
                   const QString &node = QString())
    {
        KeyedMerge<T> how;
        how.key = nameKey<T>;
        how.toValue = std::move(toValue);
        return how.merge(b, o, t, path, node, recorder);
    }

    NodeTemplate node(const NodeTemplate *b,
                      const NodeTemplate &o,
                      const NodeTemplate &t,
                      const QStringList &path);
    QList<NodeTemplate>
    nodes(const QList<NodeTemplate> &b, const QList<NodeTemplate> &o, const QList<NodeTemplate> &t);
    TopologyTemplate
    topology(const TopologyTemplate &b, const TopologyTemplate &o, const TopologyTemplate &t);
    ToscaArchive archive(const ToscaArchive &b, const ToscaArchive &o, const ToscaArchive &t);
    /// Gives each node renamed on either side its new name in all three versions, so nodes
    /// then match by name. Both sides renaming one node differently is a conflict.
    void alignRenames(TopologyTemplate *b, TopologyTemplate *o, TopologyTemplate *t);
};

template<typename T>
const T &orEmpty(const T *element)
{
    static const T empty;
    return element ? *element : empty;
}

NodeTemplate Merger::node(const NodeTemplate *base,
                          const NodeTemplate &o,
                          const NodeTemplate &t,
                          const QStringList &path)
{
    const NodeTemplate &b = orEmpty(base);
    const QString &name = o.name;
    NodeTemplate result = o;
    result.type = text(b.type, o.type, t.type, path + at("type"), name);
    result.description
        = text(b.description, o.description, t.description, path + at("description"), name);
    result.properties
        = value(b.properties, o.properties, t.properties, path + at("properties"), name);

    KeyedMerge<CapabilityAssignment> capabilities;
    capabilities.key = nameKey<CapabilityAssignment>;
    capabilities.toValue = ElementValues::capability;
    capabilities.both = [&](const CapabilityAssignment *cb,
                            const CapabilityAssignment &co,
                            const CapabilityAssignment &ct,
                            const QStringList &capPath) {
        const CapabilityAssignment &c = orEmpty(cb);
        CapabilityAssignment merged = co;
        merged.properties
            = value(c.properties, co.properties, ct.properties, capPath + at("properties"), name);
        merged.extras = value(c.extras, co.extras, ct.extras, capPath, name);
        return merged;
    };
    result.capabilities = capabilities.merge(
        b.capabilities, o.capabilities, t.capabilities, path + at("capabilities"), name, recorder);

    KeyedMerge<RequirementAssignment> requirements;
    requirements.key = ElementValues::requirementKey;
    requirements.toValue = [](const RequirementAssignment &r) {
        return ElementValues::requirement(r);
    };
    result.requirements = requirements.merge(
        b.requirements, o.requirements, t.requirements, path + at("requirements"), name, recorder);
    result.artifacts = whole<ArtifactDefinition>(b.artifacts,
                                                 o.artifacts,
                                                 t.artifacts,
                                                 ElementValues::artifact,
                                                 path + at("artifacts"),
                                                 name);
    result.interfaces
        = value(b.interfaces, o.interfaces, t.interfaces, path + at("interfaces"), name);
    result.extras = value(b.extras, o.extras, t.extras, path, name);
    // Where a card sits and the comments around it are never worth a conflict: ours, unless
    // only theirs moved or commented it.
    if (o.position == b.position)
        result.position = t.position;
    if (o.comments == b.comments)
        result.comments = t.comments;
    return result;
}

QList<NodeTemplate> Merger::nodes(const QList<NodeTemplate> &b,
                                  const QList<NodeTemplate> &o,
                                  const QList<NodeTemplate> &t)
{
    KeyedMerge<NodeTemplate> how;
    how.key = nameKey<NodeTemplate>;
    how.toValue = [](const NodeTemplate &n) {
        return ElementValues::node(n);
    };
    how.both = [this](const NodeTemplate *nb,
                      const NodeTemplate &no,
                      const NodeTemplate &nt,
                      const QStringList &path) {
        return node(nb, no, nt, path);
    };
    return how.merge(b, o, t, at("node_templates"), QString(), recorder);
}

QList<NodeTemplate> listOf(const TopologyTemplate &topology)
{
    QList<NodeTemplate> list;
    list.reserve(topology.nodeCount());
    for (const NodeTemplate &node : topology.nodes())
        list.append(node);
    return list;
}

void Merger::alignRenames(TopologyTemplate *b, TopologyTemplate *o, TopologyTemplate *t)
{
    const QHash<QString, QString> byOurs = TopologyDiff::renamedNodes(*b, *o);
    const QHash<QString, QString> byTheirs = TopologyDiff::renamedNodes(*b, *t);
    if (byOurs.isEmpty() && byTheirs.isEmpty())
        return;
    QHash<QString, QString> baseRenames;
    QHash<QString, QString> ourRenames;
    QHash<QString, QString> theirRenames;
    for (const NodeTemplate &node : b->nodes()) {
        const QString ourName = byOurs.value(node.name, node.name);
        const QString theirName = byTheirs.value(node.name, node.name);
        QString chosen = ourName == node.name ? theirName : ourName;
        if (ourName != node.name && theirName != node.name && ourName != theirName) {
            const QStringList path{QStringLiteral("node_templates"), node.name};
            const MergeSide side = recorder.decide({Conflict::Kind::BothRenamed,
                                                    path,
                                                    node.name,
                                                    Value::scalar(node.name),
                                                    Value::scalar(ourName),
                                                    Value::scalar(theirName),
                                                    std::nullopt});
            chosen = side == MergeSide::Ours ? ourName : theirName;
        }
        if (chosen == node.name && ourName == node.name && theirName == node.name)
            continue;
        baseRenames.insert(node.name, chosen);
        ourRenames.insert(ourName, chosen);
        theirRenames.insert(theirName, chosen);
    }
    NodeRenamer::apply(b, baseRenames);
    NodeRenamer::apply(o, ourRenames);
    NodeRenamer::apply(t, theirRenames);
}

TopologyTemplate Merger::topology(const TopologyTemplate &base,
                                  const TopologyTemplate &ours,
                                  const TopologyTemplate &theirs)
{
    TopologyTemplate b = base;
    TopologyTemplate o = ours;
    TopologyTemplate t = theirs;
    alignRenames(&b, &o, &t);

    TopologyTemplate result = o;
    result.description = text(b.description,
                              o.description,
                              t.description,
                              {QStringLiteral("topology_template"), QStringLiteral("description")});
    result.inputs = whole<PropertyDefinition>(
        b.inputs, o.inputs, t.inputs, ElementValues::input, at("inputs"));
    result.inputArtifacts
        = value(b.inputArtifacts, o.inputArtifacts, t.inputArtifacts, at("input_artifacts"));
    result.outputs = whole<OutputDefinition>(
        b.outputs, o.outputs, t.outputs, ElementValues::output, at("outputs"));
    result.groups = whole<GroupDefinition>(
        b.groups,
        o.groups,
        t.groups,
        [](const GroupDefinition &g) { return ElementValues::group(g); },
        at("groups"));
    result.policies = whole<PolicyDefinition>(
        b.policies,
        o.policies,
        t.policies,
        [](const PolicyDefinition &p) { return ElementValues::policy(p); },
        at("policies"));
    result.substitutionMappings = value(b.substitutionMappings,
                                        o.substitutionMappings,
                                        t.substitutionMappings,
                                        at("substitution_mappings"));
    result.workflows = value(b.workflows, o.workflows, t.workflows, at("workflows"));
    result.extras = value(b.extras, o.extras, t.extras, at("topology_template"));

    const QList<NodeTemplate> merged = nodes(listOf(b), listOf(o), listOf(t));
    while (result.nodeCount() > 0)
        result.removeNodeAt(result.nodeCount() - 1);
    result.reserveNodes(int(merged.size()));
    for (const NodeTemplate &node : merged)
        result.appendNode(node);
    return result;
}

Value tagsValue(const QList<std::pair<QString, QString>> &tags)
{
    Value map = Value::map();
    for (const auto &[key, text] : tags)
        map.insert(key, Value::scalar(text));
    return map;
}

QList<std::pair<QString, QString>> tagsFrom(const Value &map)
{
    QList<std::pair<QString, QString>> tags;
    for (const Value::Entry &entry : map.entries())
        tags.append({entry.key, entry.value.text()});
    return tags;
}

ToscaArchive Merger::archive(const ToscaArchive &b, const ToscaArchive &o, const ToscaArchive &t)
{
    ToscaArchive result = o;
    result.toscaDefinitionsVersion = text(b.toscaDefinitionsVersion,
                                          o.toscaDefinitionsVersion,
                                          t.toscaDefinitionsVersion,
                                          at("tosca_definitions_version"));
    const QString metadata = QStringLiteral("metadata");
    result.name = text(b.name, o.name, t.name, {metadata, QStringLiteral("template_name")});
    result.version
        = text(b.version, o.version, t.version, {metadata, QStringLiteral("template_version")});
    result.author
        = text(b.author, o.author, t.author, {metadata, QStringLiteral("template_author")});
    result.metadataTags = tagsFrom(value(tagsValue(b.metadataTags),
                                         tagsValue(o.metadataTags),
                                         tagsValue(t.metadataTags),
                                         at("metadata")));
    result.description = text(b.description, o.description, t.description, at("description"));

    KeyedMerge<ArchiveImport> imports;
    imports.key = [](const ArchiveImports &list, int i) {
        return list[i].id();
    };
    imports.toValue = [](const ArchiveImport &i) {
        return i.extras.entries().empty() ? Value::scalar(i.id()) : i.extras;
    };
    result.imports
        = imports.merge(b.imports, o.imports, t.imports, at("imports"), QString(), recorder);
    result.repositories = whole<RepositoryDefinition>(b.repositories,
                                                      o.repositories,
                                                      t.repositories,
                                                      ElementValues::repository,
                                                      at("repositories"));
    result.typeSections = value(b.typeSections, o.typeSections, t.typeSections, QStringList());
    result.extras = value(b.extras, o.extras, t.extras, QStringList());
    if (o.topology || t.topology) {
        const TopologyTemplate none;
        result.topology = topology(b.topology ? *b.topology : none,
                                   o.topology ? *o.topology : none,
                                   t.topology ? *t.topology : none);
    }
    return result;
}

} // namespace

MergeResult TopologyMerge::merge(const ToscaArchive &base,
                                 const ToscaArchive &ours,
                                 const ToscaArchive &theirs,
                                 const MergeChoices &choices)
{
    // A record of an earlier merge's conflicts is not content to merge.
    ToscaArchive b = base;
    ToscaArchive o = ours;
    ToscaArchive t = theirs;
    MergeConflictRecord::clear(&b);
    MergeConflictRecord::clear(&o);
    MergeConflictRecord::clear(&t);
    Merger merger(choices);
    MergeResult result;
    result.merged = merger.archive(b, o, t);
    result.conflicts = merger.recorder.conflicts();
    return result;
}

} // namespace Topologist
