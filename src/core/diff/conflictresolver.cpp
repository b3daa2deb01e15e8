// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/conflictresolver.h"

#include "diff/elementreader.h"
#include "diff/elementvalues.h"
#include "diff/mergeconflictrecord.h"
#include "diff/noderenamer.h"

#include <QCoreApplication>

#include <functional>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)
};

const QString nodeTemplates = QStringLiteral("node_templates");

bool is(const QString &step, const char *name)
{
    return step == QLatin1String(name);
}

/// Puts `value` at `path` inside `root`, making the maps on the way; null removes what is there.
void setIn(Value *root, const QStringList &path, const Value *value)
{
    if (path.isEmpty()) {
        *root = value ? *value : Value::map();
        return;
    }
    Value *at = root;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        Value *next = at->isMap() ? at->find(path[i]) : nullptr;
        if (!next || !next->isMap()) {
            if (!value)
                return;
            at->insert(path[i], Value::map());
            next = at->find(path[i]);
        }
        at = next;
    }
    if (value)
        at->insert(path.last(), *value);
    else if (at->isMap())
        at->remove(path.last());
}

void setText(QString *field, const Value *value)
{
    *field = value ? value->text() : QString();
}

template<typename T>
using ReadElement = std::function<std::optional<T>(const QString &, const Value &)>;

/// Replaces, adds or (with null) removes the element of `list` under `key`.
template<typename T>
bool setKeyed(QList<T> *list,
              const QString &key,
              const std::function<QString(const QList<T> &, int)> &keyOf,
              const Value *value,
              const ReadElement<T> &read,
              QString *error)
{
    int index = -1;
    for (int i = 0; i < list->size() && index < 0; ++i) {
        if (keyOf(*list, i) == key)
            index = i;
    }
    if (!value) {
        if (index >= 0)
            list->removeAt(index);
        return true;
    }
    const std::optional<T> element = read(key, *value);
    if (!element) {
        *error = Tr::tr("their version of %1 cannot be read").arg(key);
        return false;
    }
    if (index >= 0)
        (*list)[index] = *element;
    else
        list->append(*element);
    return true;
}

template<typename T>
QString nameAt(const QList<T> &list, int index)
{
    return list[index].name;
}

template<typename T>
bool setNamed(QList<T> *list,
              const QString &name,
              const Value *value,
              const ReadElement<T> &read,
              QString *error)
{
    return setKeyed<T>(list, name, nameAt<T>, value, read, error);
}

/// A part of one node template: `rest` is the path after node_templates/<name>.
bool setNodePart(NodeTemplate *node, const QStringList &rest, const Value *value, QString *error)
{
    const QString &part = rest.first();
    if (is(part, "type") && rest.size() == 1) {
        setText(&node->type, value);
    } else if (is(part, "description") && rest.size() == 1) {
        setText(&node->description, value);
    } else if (is(part, "properties")) {
        setIn(&node->properties, rest.mid(1), value);
    } else if (is(part, "interfaces")) {
        setIn(&node->interfaces, rest.mid(1), value);
    } else if (is(part, "requirements") && rest.size() == 2) {
        return setKeyed<RequirementAssignment>(&node->requirements,
                                               rest[1],
                                               ElementValues::requirementKey,
                                               value,
                                               ElementReader::requirement,
                                               error);
    } else if (is(part, "artifacts") && rest.size() == 2) {
        return setNamed<ArtifactDefinition>(
            &node->artifacts, rest[1], value, ElementReader::artifact, error);
    } else if (is(part, "capabilities") && rest.size() == 2) {
        return setNamed<CapabilityAssignment>(
            &node->capabilities, rest[1], value, ElementReader::capability, error);
    } else if (is(part, "capabilities") && rest.size() > 2) {
        CapabilityAssignment *capability = nullptr;
        for (CapabilityAssignment &c : node->capabilities) {
            if (c.name == rest[1])
                capability = &c;
        }
        if (!capability) {
            CapabilityAssignment added;
            added.name = rest[1];
            added.properties = Value::map();
            added.extras = Value::map();
            node->capabilities.append(added);
            capability = &node->capabilities.last();
        }
        if (is(rest[2], "properties"))
            setIn(&capability->properties, rest.mid(3), value);
        else
            setIn(&capability->extras, rest.mid(2), value);
    } else {
        setIn(&node->extras, rest, value);
    }
    return true;
}

/// A whole node template: deleted on one side and edited on the other, or added by both.
bool setNode(TopologyTemplate *topology, const QString &name, const Value *value, QString *error)
{
    const int index = topology->indexOf(name);
    if (!value) {
        if (index >= 0)
            topology->removeNodeAt(index);
        return true;
    }
    std::optional<NodeTemplate> node = ElementReader::node(name, *value);
    if (!node) {
        *error = Tr::tr("their version of node %1 cannot be read").arg(name);
        return false;
    }
    if (index < 0) {
        topology->appendNode(*node);
        return true;
    }
    // Where the card sits and the comments around it are not part of the conflict.
    const NodeTemplate &current = topology->nodeAt(index);
    node->position = current.position;
    node->comments = current.comments;
    topology->replaceNode(index, *node);
    return true;
}

bool renameNode(TopologyTemplate *topology, const QString &from, const QString &to, QString *error)
{
    if (from == to)
        return true;
    if (!topology->contains(from)) {
        *error = Tr::tr("node %1 is no longer in the topology").arg(from);
        return false;
    }
    if (topology->contains(to)) {
        *error = Tr::tr("another node is already called %1").arg(to);
        return false;
    }
    NodeRenamer::apply(topology, {{from, to}});
    return true;
}

bool setInNodes(TopologyTemplate *topology,
                const Conflict &conflict,
                const Value *value,
                QString *error)
{
    const QStringList &path = conflict.path;
    if (path.size() < 2)
        return false;
    if (conflict.kind == Conflict::Kind::BothRenamed)
        return renameNode(topology, ConflictResolver::nodeOf(conflict), value->text(), error);
    if (path.size() == 2)
        return setNode(topology, path[1], value, error);
    NodeTemplate *node = topology->node(path[1]);
    if (!node) {
        *error = Tr::tr("node %1 is no longer in the topology").arg(path[1]);
        return false;
    }
    return setNodePart(node, path.mid(2), value, error);
}

bool setInTopology(TopologyTemplate *topology,
                   const Conflict &conflict,
                   const Value *value,
                   QString *error)
{
    const QStringList &path = conflict.path;
    const QString &section = path.first();
    const QString name = path.value(1);
    if (section == nodeTemplates)
        return setInNodes(topology, conflict, value, error);
    if (is(section, "inputs"))
        return setNamed<PropertyDefinition>(
            &topology->inputs, name, value, ElementReader::input, error);
    if (is(section, "outputs"))
        return setNamed<OutputDefinition>(
            &topology->outputs, name, value, ElementReader::output, error);
    if (is(section, "groups"))
        return setNamed<GroupDefinition>(
            &topology->groups, name, value, ElementReader::group, error);
    if (is(section, "policies"))
        return setNamed<PolicyDefinition>(
            &topology->policies, name, value, ElementReader::policy, error);
    if (is(section, "input_artifacts"))
        setIn(&topology->inputArtifacts, path.mid(1), value);
    else if (is(section, "substitution_mappings"))
        setIn(&topology->substitutionMappings, path.mid(1), value);
    else if (is(section, "workflows"))
        setIn(&topology->workflows, path.mid(1), value);
    else if (is(name, "description") && path.size() == 2)
        setText(&topology->description, value);
    else
        setIn(&topology->extras, path.mid(1), value);
    return true;
}

bool isTopologySection(const QString &section)
{
    static const QStringList sections{nodeTemplates,
                                      QStringLiteral("inputs"),
                                      QStringLiteral("outputs"),
                                      QStringLiteral("groups"),
                                      QStringLiteral("policies"),
                                      QStringLiteral("input_artifacts"),
                                      QStringLiteral("substitution_mappings"),
                                      QStringLiteral("workflows"),
                                      QStringLiteral("topology_template")};
    return sections.contains(section);
}

void setMetadata(ToscaArchive *archive, const QString &key, const Value *value)
{
    if (is(key, "template_name"))
        return setText(&archive->name, value);
    if (is(key, "template_version"))
        return setText(&archive->version, value);
    if (is(key, "template_author"))
        return setText(&archive->author, value);
    auto &tags = archive->metadataTags;
    const auto it
        = std::find_if(tags.begin(), tags.end(), [&](const auto &tag) { return tag.first == key; });
    if (!value) {
        if (it != tags.end())
            tags.erase(it);
    } else if (it != tags.end()) {
        it->second = value->text();
    } else {
        tags.append({key, value->text()});
    }
}

QString importId(const ArchiveImports &imports, int index)
{
    return imports[index].id();
}

bool setInArchive(ToscaArchive *archive,
                  const Conflict &conflict,
                  const Value *value,
                  QString *error)
{
    const QStringList &path = conflict.path;
    const QString &section = path.first();
    if (isTopologySection(section)) {
        if (!archive->topology) {
            TopologyTemplate topology;
            topology.extras = Value::map();
            archive->topology = topology;
        }
        return setInTopology(&*archive->topology, conflict, value, error);
    }
    if (is(section, "tosca_definitions_version"))
        setText(&archive->toscaDefinitionsVersion, value);
    else if (is(section, "description") && path.size() == 1)
        setText(&archive->description, value);
    else if (is(section, "metadata") && path.size() == 2)
        setMetadata(archive, path[1], value);
    else if (is(section, "imports") && path.size() == 2)
        return setKeyed<ArchiveImport>(
            &archive->imports, path[1], importId, value, ElementReader::import, error);
    else if (is(section, "repositories") && path.size() == 2)
        return setNamed<RepositoryDefinition>(
            &archive->repositories, path[1], value, ElementReader::repository, error);
    else if (archive->typeSections.contains(section))
        setIn(&archive->typeSections, path, value);
    else
        setIn(&archive->extras, path, value);
    return true;
}

/// The other conflicts once `settled` is: those on a node renamed by taking theirs follow it.
Conflicts
remainingAfter(const Conflicts &recorded, const Conflict &settled, const QString &renamedTo)
{
    const QString renamedFrom = ConflictResolver::nodeOf(settled);
    Conflicts remaining;
    for (Conflict conflict : recorded) {
        if (conflict.id() == settled.id())
            continue;
        if (!renamedTo.isEmpty() && conflict.node == renamedFrom) {
            conflict.node = renamedTo;
            if (conflict.path.size() >= 2 && conflict.path.first() == nodeTemplates)
                conflict.path[1] = renamedTo;
        }
        remaining.append(conflict);
    }
    return remaining;
}

} // namespace

QString ConflictResolver::nodeOf(const Conflict &conflict)
{
    // Renamed differently by both sides: the merged topology has our name for it.
    if (conflict.kind == Conflict::Kind::BothRenamed)
        return conflict.ours.text();
    // A node deleted by one side is in no node: its path names it.
    if (conflict.node.isEmpty() && conflict.path.size() >= 2
        && conflict.path.first() == nodeTemplates)
        return conflict.path[1];
    return conflict.node;
}

std::optional<ToscaArchive> ConflictResolver::resolve(const ToscaArchive &archive,
                                                      const Conflict &conflict,
                                                      MergeSide side,
                                                      QString *error)
{
    if (conflict.path.isEmpty()) {
        *error = Tr::tr("the conflict names no element");
        return std::nullopt;
    }
    ToscaArchive result = archive;
    QString renamedTo;
    if (side == MergeSide::Theirs) {
        const Value *theirs = conflict.theirs.isNull() ? nullptr : &conflict.theirs;
        if (!setInArchive(&result, conflict, theirs, error))
            return std::nullopt;
        if (conflict.kind == Conflict::Kind::BothRenamed)
            renamedTo = conflict.theirs.text();
    }
    MergeConflictRecord::write(
        remainingAfter(MergeConflictRecord::read(archive), conflict, renamedTo), &result);
    return result;
}

} // namespace Topologist
