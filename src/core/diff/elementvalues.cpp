// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/elementvalues.h"

#include <QStringList>

namespace Topologist {

namespace {

/// Adds `key` unless the value says nothing (null, empty text, empty list or map).
void put(Value *map, const char *key, const Value &value)
{
    const bool empty = value.isNull() || (value.isScalar() && value.text().isEmpty())
                       || (value.isList() && value.items().empty())
                       || (value.isMap() && value.entries().empty());
    if (!empty)
        map->insert(QString::fromLatin1(key), value);
}

void put(Value *map, const char *key, const QString &text)
{
    if (!text.isEmpty())
        map->insert(QString::fromLatin1(key), Value::scalar(text));
}

void putExtras(Value *map, const Value &extras)
{
    for (const Value::Entry &entry : extras.entries())
        map->insert(entry.key, entry.value);
}

Value names(const QStringList &list, const ElementValues::Renames &renamed)
{
    Value result = Value::list();
    for (const QString &name : list)
        result.append(Value::scalar(renamed.value(name, name)));
    return result;
}

QString renamedTo(const QString &name, const ElementValues::Renames &renamed)
{
    return renamed.value(name, name);
}

} // namespace

Value ElementValues::requirement(const RequirementAssignment &r, const Renames &renamed)
{
    Value map = Value::map();
    put(&map, "node", renamedTo(r.node, renamed));
    put(&map, "capability", r.capability);
    put(&map, "relationship", r.relationship);
    put(&map, "relationship_name", r.relationshipName);
    put(&map, "properties", r.properties);
    put(&map, "interfaces", r.interfaces);
    putExtras(&map, r.extras);
    return map;
}

Value ElementValues::capability(const CapabilityAssignment &c)
{
    Value map = Value::map();
    put(&map, "properties", c.properties);
    putExtras(&map, c.extras);
    return map;
}

Value ElementValues::artifact(const ArtifactDefinition &a)
{
    Value map = Value::map();
    put(&map, "type", a.type);
    put(&map, "file", a.file);
    put(&map, "repository", a.repository);
    put(&map, "description", a.description);
    put(&map, "deploy_path", a.deployPath);
    putExtras(&map, a.extras);
    return map;
}

Value ElementValues::input(const PropertyDefinition &p)
{
    Value map = Value::map();
    put(&map, "type", p.type);
    put(&map, "description", p.description);
    if (!p.required)
        put(&map, "required", QStringLiteral("false"));
    put(&map, "default", p.defaultValue);
    Value constraints = Value::list();
    for (const Constraint &c : p.constraints)
        constraints.append(Value::scalar(c.toString()));
    put(&map, "constraints", constraints);
    put(&map, "entry_schema", p.entrySchemaType);
    Value entryConstraints = Value::list();
    for (const Constraint &c : p.entrySchemaConstraints)
        entryConstraints.append(Value::scalar(c.toString()));
    put(&map, "entry_schema_constraints", entryConstraints);
    put(&map, "expression", p.expression);
    putExtras(&map, p.extras);
    return map;
}

Value ElementValues::output(const OutputDefinition &o)
{
    Value map = Value::map();
    put(&map, "description", o.description);
    put(&map, "value", o.value);
    putExtras(&map, o.extras);
    return map;
}

Value ElementValues::group(const GroupDefinition &g, const Renames &renamed)
{
    Value map = Value::map();
    put(&map, "type", g.type);
    put(&map, "description", g.description);
    put(&map, "members", names(g.members, renamed));
    put(&map, "properties", g.properties);
    put(&map, "policies", g.policies);
    putExtras(&map, g.extras);
    return map;
}

Value ElementValues::policy(const PolicyDefinition &p, const Renames &renamed)
{
    Value map = Value::map();
    put(&map, "type", p.type);
    put(&map, "description", p.description);
    put(&map, "targets", names(p.targets, renamed));
    put(&map, "properties", p.properties);
    putExtras(&map, p.extras);
    return map;
}

Value ElementValues::repository(const RepositoryDefinition &r)
{
    Value map = Value::map();
    put(&map, "url", r.url);
    put(&map, "type", r.type);
    put(&map, "description", r.description);
    put(&map, "credential", r.credential);
    putExtras(&map, r.extras);
    return map;
}

QString ElementValues::requirementKey(const RequirementAssignments &list, int index)
{
    int repeat = 1;
    for (int i = 0; i < index; ++i) {
        if (list[i].name == list[index].name)
            ++repeat;
    }
    return repeat == 1 ? list[index].name
                       : list[index].name + QLatin1Char('#') + QString::number(repeat);
}

Value ElementValues::requirements(const RequirementAssignments &list, const Renames &renamed)
{
    Value map = Value::map();
    for (int i = 0; i < list.size(); ++i)
        map.insert(requirementKey(list, i), requirement(list[i], renamed));
    return map;
}

Value ElementValues::capabilities(const CapabilityAssignments &list)
{
    Value map = Value::map();
    for (const CapabilityAssignment &c : list)
        map.insert(c.name, capability(c));
    return map;
}

Value ElementValues::artifacts(const ArtifactDefinitions &list)
{
    Value map = Value::map();
    for (const ArtifactDefinition &a : list)
        map.insert(a.name, artifact(a));
    return map;
}

Value ElementValues::node(const NodeTemplate &node, const Renames &renamed)
{
    Value map = Value::map();
    put(&map, "type", node.type);
    put(&map, "description", node.description);
    put(&map, "properties", node.properties);
    put(&map, "capabilities", capabilities(node.capabilities));
    put(&map, "requirements", requirements(node.requirements, renamed));
    put(&map, "artifacts", artifacts(node.artifacts));
    put(&map, "interfaces", node.interfaces);
    putExtras(&map, node.extras);
    return map;
}

} // namespace Topologist
