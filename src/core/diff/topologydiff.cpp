// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/topologydiff.h"

#include "diff/elementvalues.h"
#include "diff/renamematcher.h"
#include "diff/valueequivalence.h"
#include "model/toscaarchive.h"

#include <QLocale>
#include <QSet>

namespace Topologist {

namespace {

using Kind = Change::Kind;
using Area = Change::Area;

/// Collects the changes between two values, descending into maps `depth` levels, where a key
/// that is only on one side is an addition or removal and a value that differs is modified.
class Walk
{
public:
    explicit Walk(Changes *out)
        : m_out(out)
    {}

    void add(Kind kind,
             Area area,
             const QString &node,
             const QStringList &path,
             const Value &before,
             const Value &after)
    {
        m_out->append({kind, area, node, path, before, after});
    }

    void values(const Value &a,
                const Value &b,
                Area area,
                const QString &node,
                const QStringList &path,
                int depth)
    {
        if (equivalent(a, b))
            return;
        // A section that is not written at all is an empty one: its entries are what changed.
        const auto mapLike = [](const Value &v) {
            return v.isMap() || v.isNull();
        };
        if (depth > 0 && mapLike(a) && mapLike(b) && (a.isMap() || b.isMap()))
            maps(a, b, area, node, path, depth);
        else if (a.isNull())
            add(Kind::Added, area, node, path, a, b);
        else if (b.isNull())
            add(Kind::Removed, area, node, path, a, b);
        else
            add(Kind::Modified, area, node, path, a, b);
    }

    void text(
        const QString &a, const QString &b, Area area, const QString &node, const QStringList &path)
    {
        values(a.isEmpty() ? Value() : Value::scalar(a),
               b.isEmpty() ? Value() : Value::scalar(b),
               area,
               node,
               path,
               0);
    }

private:
    void maps(const Value &a,
              const Value &b,
              Area area,
              const QString &node,
              const QStringList &path,
              int depth)
    {
        for (const Value::Entry &entry : a.entries()) {
            const Value *other = b.find(entry.key);
            if (other)
                values(entry.value, *other, area, node, path + QStringList{entry.key}, depth - 1);
            else
                add(Kind::Removed, area, node, path + QStringList{entry.key}, entry.value, Value());
        }
        for (const Value::Entry &entry : b.entries()) {
            if (!a.contains(entry.key))
                add(Kind::Added, area, node, path + QStringList{entry.key}, Value(), entry.value);
        }
    }

    Changes *m_out;
};

QStringList nodePath(const QString &name)
{
    return {QStringLiteral("node_templates"), name};
}

void compareNodes(const NodeTemplate &a,
                  const NodeTemplate &b,
                  const ElementValues::Renames &renamed,
                  Walk &walk)
{
    const QString &node = b.name;
    const QStringList path = nodePath(node);
    if (a.type != b.type)
        walk.add(Kind::Retyped,
                 Area::Node,
                 node,
                 path + QStringList{QStringLiteral("type")},
                 Value::scalar(a.type),
                 Value::scalar(b.type));
    walk.text(a.description,
              b.description,
              Area::Other,
              node,
              path + QStringList{QStringLiteral("description")});
    walk.values(a.properties,
                b.properties,
                Area::Property,
                node,
                path + QStringList{QStringLiteral("properties")},
                1);
    walk.values(ElementValues::capabilities(a.capabilities),
                ElementValues::capabilities(b.capabilities),
                Area::Capability,
                node,
                path + QStringList{QStringLiteral("capabilities")},
                3);
    walk.values(ElementValues::requirements(a.requirements, renamed),
                ElementValues::requirements(b.requirements),
                Area::Requirement,
                node,
                path + QStringList{QStringLiteral("requirements")},
                2);
    walk.values(ElementValues::artifacts(a.artifacts),
                ElementValues::artifacts(b.artifacts),
                Area::Artifact,
                node,
                path + QStringList{QStringLiteral("artifacts")},
                2);
    walk.values(a.interfaces,
                b.interfaces,
                Area::Interface,
                node,
                path + QStringList{QStringLiteral("interfaces")},
                1);
    walk.values(a.extras, b.extras, Area::Other, node, path, 1);
    const Value before = TopologyDiff::positionValue(a);
    const Value after = TopologyDiff::positionValue(b);
    if (before != after)
        walk.add(Kind::Modified,
                 Area::Layout,
                 node,
                 path + QStringList{QStringLiteral("position")},
                 before,
                 after);
}

void compareNodeTemplates(const TopologyTemplate &a, const TopologyTemplate &b, Walk &walk)
{
    QStringList removed;
    QStringList added;
    for (const NodeTemplate &node : a.nodes()) {
        if (!b.contains(node.name))
            removed << node.name;
    }
    for (const NodeTemplate &node : b.nodes()) {
        if (!a.contains(node.name))
            added << node.name;
    }
    const QHash<QString, QString> renamed = RenameMatcher::match(a, b, removed, added);
    QHash<QString, QString> oldNameOf;
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it)
        oldNameOf.insert(it.value(), it.key());

    for (const NodeTemplate &node : b.nodes()) {
        const QString oldName = oldNameOf.value(node.name, node.name);
        const NodeTemplate *old = a.node(oldName);
        if (!old) {
            walk.add(Kind::Added,
                     Area::Node,
                     node.name,
                     nodePath(node.name),
                     Value(),
                     ElementValues::node(node));
            continue;
        }
        if (oldName != node.name)
            walk.add(Kind::Renamed,
                     Area::Node,
                     node.name,
                     nodePath(node.name),
                     Value::scalar(oldName),
                     Value::scalar(node.name));
        compareNodes(*old, node, renamed, walk);
    }
    for (const QString &name : std::as_const(removed)) {
        if (!renamed.contains(name))
            walk.add(Kind::Removed,
                     Area::Node,
                     QString(),
                     nodePath(name),
                     ElementValues::node(*a.node(name)),
                     Value());
    }
}

template<typename List, typename ToValue>
Value keyed(const List &list, ToValue toValue)
{
    Value map = Value::map();
    for (const auto &element : list)
        map.insert(element.name, toValue(element));
    return map;
}

Value importsValue(const ArchiveImports &imports)
{
    Value map = Value::map();
    for (const ArchiveImport &import : imports)
        map.insert(import.id(),
                   import.extras.entries().empty() ? Value::scalar(import.id()) : import.extras);
    return map;
}

Value tagsValue(const QList<std::pair<QString, QString>> &tags)
{
    Value map = Value::map();
    for (const auto &[key, text] : tags)
        map.insert(key, Value::scalar(text));
    return map;
}

QStringList at(const char *key)
{
    return {QString::fromLatin1(key)};
}

} // namespace

Value TopologyDiff::positionValue(const NodeTemplate &node)
{
    if (!node.position)
        return Value();
    return Value::scalar(
        QString::number(node.position->x(), 'f', QLocale::FloatingPointShortest) + QLatin1Char(' ')
        + QString::number(node.position->y(), 'f', QLocale::FloatingPointShortest));
}

QHash<QString, QString> TopologyDiff::renamedNodes(const TopologyTemplate &before,
                                                   const TopologyTemplate &after)
{
    QStringList removed;
    QStringList added;
    for (const NodeTemplate &node : before.nodes()) {
        if (!after.contains(node.name))
            removed << node.name;
    }
    for (const NodeTemplate &node : after.nodes()) {
        if (!before.contains(node.name))
            added << node.name;
    }
    return RenameMatcher::match(before, after, removed, added);
}

Changes TopologyDiff::compare(const TopologyTemplate &a, const TopologyTemplate &b)
{
    Changes changes;
    Walk walk(&changes);
    const QHash<QString, QString> renamed = renamedNodes(a, b);
    walk.text(a.description,
              b.description,
              Area::Other,
              QString(),
              {QStringLiteral("topology_template"), QStringLiteral("description")});
    walk.values(keyed(a.inputs, ElementValues::input),
                keyed(b.inputs, ElementValues::input),
                Area::Input,
                QString(),
                at("inputs"),
                2);
    walk.values(
        a.inputArtifacts, b.inputArtifacts, Area::Other, QString(), at("input_artifacts"), 1);
    compareNodeTemplates(a, b, walk);
    walk.values(keyed(a.outputs, ElementValues::output),
                keyed(b.outputs, ElementValues::output),
                Area::Output,
                QString(),
                at("outputs"),
                2);
    const auto groupBefore = [&](const GroupDefinition &g) {
        return ElementValues::group(g, renamed);
    };
    walk.values(keyed(a.groups, groupBefore),
                keyed(b.groups, [](const GroupDefinition &g) { return ElementValues::group(g); }),
                Area::Group,
                QString(),
                at("groups"),
                2);
    const auto policyBefore = [&](const PolicyDefinition &p) {
        return ElementValues::policy(p, renamed);
    };
    walk.values(
        keyed(a.policies, policyBefore),
        keyed(b.policies, [](const PolicyDefinition &p) { return ElementValues::policy(p); }),
        Area::Policy,
        QString(),
        at("policies"),
        2);
    walk.values(a.substitutionMappings,
                b.substitutionMappings,
                Area::Other,
                QString(),
                at("substitution_mappings"),
                2);
    walk.values(a.workflows, b.workflows, Area::Other, QString(), at("workflows"), 2);
    walk.values(a.extras, b.extras, Area::Other, QString(), at("topology_template"), 1);
    return changes;
}

Changes TopologyDiff::compare(const ToscaArchive &a, const ToscaArchive &b)
{
    Changes changes;
    Walk walk(&changes);
    walk.text(a.toscaDefinitionsVersion,
              b.toscaDefinitionsVersion,
              Area::Header,
              QString(),
              at("tosca_definitions_version"));
    walk.text(a.name,
              b.name,
              Area::Header,
              QString(),
              {QStringLiteral("metadata"), QStringLiteral("template_name")});
    walk.text(a.version,
              b.version,
              Area::Header,
              QString(),
              {QStringLiteral("metadata"), QStringLiteral("template_version")});
    walk.text(a.author,
              b.author,
              Area::Header,
              QString(),
              {QStringLiteral("metadata"), QStringLiteral("template_author")});
    walk.values(tagsValue(a.metadataTags),
                tagsValue(b.metadataTags),
                Area::Header,
                QString(),
                at("metadata"),
                1);
    walk.text(a.description, b.description, Area::Header, QString(), at("description"));
    walk.values(importsValue(a.imports),
                importsValue(b.imports),
                Area::Import,
                QString(),
                at("imports"),
                1);
    walk.values(keyed(a.repositories, ElementValues::repository),
                keyed(b.repositories, ElementValues::repository),
                Area::Repository,
                QString(),
                at("repositories"),
                2);
    walk.values(a.typeSections, b.typeSections, Area::Other, QString(), QStringList(), 2);
    walk.values(a.extras, b.extras, Area::Other, QString(), QStringList(), 1);
    const TopologyTemplate none;
    changes += compare(a.topology ? *a.topology : none, b.topology ? *b.topology : none);
    return changes;
}

Changes TopologyDiff::withoutLayout(const Changes &changes)
{
    Changes result;
    for (const Change &change : changes) {
        if (!change.isLayout())
            result.append(change);
    }
    return result;
}

} // namespace Topologist
