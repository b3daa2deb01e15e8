// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard/standardkeys.h"

namespace Topologist {

namespace {

QSet<QString> keys(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QLatin1String(name));
    return set;
}

} // namespace

const QSet<QString> &StandardKeys::typeKeys(TypeKind kind)
{
    static const QSet<QString> data
        = keys({"derived_from", "version", "metadata", "description", "constraints", "properties"});
    static const QSet<QString> artifact = keys({"derived_from",
                                                "version",
                                                "metadata",
                                                "description",
                                                "mime_type",
                                                "file_ext",
                                                "properties"});
    static const QSet<QString> capability = keys({"derived_from",
                                                  "version",
                                                  "metadata",
                                                  "description",
                                                  "properties",
                                                  "attributes",
                                                  "valid_source_types"});
    // Any other key of an interface type is one of its operations.
    static const QSet<QString> interface;
    // tosca-parser 2.6.0 refuses `metadata` on relationship types, which TOSCA 1.2 allows.
    static const QSet<QString> relationship = keys({"derived_from",
                                                    "version",
                                                    "description",
                                                    "properties",
                                                    "attributes",
                                                    "interfaces",
                                                    "valid_target_types"});
    static const QSet<QString> node = keys({"derived_from",
                                            "version",
                                            "metadata",
                                            "description",
                                            "properties",
                                            "attributes",
                                            "requirements",
                                            "capabilities",
                                            "interfaces",
                                            "artifacts"});
    static const QSet<QString> group = keys({"derived_from",
                                             "version",
                                             "metadata",
                                             "description",
                                             "properties",
                                             "members",
                                             "interfaces"});
    static const QSet<QString> policy = keys({"derived_from",
                                              "version",
                                              "metadata",
                                              "description",
                                              "properties",
                                              "targets",
                                              "triggers"});
    switch (kind) {
    case TypeKind::Data:
        return data;
    case TypeKind::Artifact:
        return artifact;
    case TypeKind::Capability:
        return capability;
    case TypeKind::Interface:
        return interface;
    case TypeKind::Relationship:
        return relationship;
    case TypeKind::Node:
        return node;
    case TypeKind::Group:
        return group;
    case TypeKind::Policy:
        return policy;
    }
    return node;
}

const QSet<QString> &StandardKeys::propertyDefinitionKeys()
{
    static const QSet<QString> set = keys({"type",
                                           "description",
                                           "required",
                                           "default",
                                           "status",
                                           "constraints",
                                           "entry_schema",
                                           "key_schema",
                                           "metadata"});
    return set;
}

const QSet<QString> &StandardKeys::attributeDefinitionKeys()
{
    static const QSet<QString> set
        = keys({"type", "description", "default", "status", "entry_schema", "key_schema"});
    return set;
}

const QSet<QString> &StandardKeys::requirementDefinitionKeys()
{
    static const QSet<QString> set = keys({"capability", "node", "relationship", "occurrences"});
    return set;
}

const QSet<QString> &StandardKeys::capabilityDefinitionKeys()
{
    static const QSet<QString> set = keys(
        {"type", "description", "properties", "attributes", "valid_source_types", "occurrences"});
    return set;
}

const QSet<QString> &StandardKeys::artifactDefinitionKeys()
{
    static const QSet<QString> set
        = keys({"type", "file", "repository", "description", "deploy_path"});
    return set;
}

const QSet<QString> &StandardKeys::fileExtraKeys()
{
    static const QSet<QString> set = keys({"dsl_definitions"});
    return set;
}

const QSet<QString> &StandardKeys::topologyExtraKeys()
{
    static const QSet<QString> set = keys({"relationship_templates"});
    return set;
}

const QSet<QString> &StandardKeys::nodeTemplateExtraKeys()
{
    static const QSet<QString> set
        = keys({"metadata", "directives", "attributes", "node_filter", "copy"});
    return set;
}

const QSet<QString> &StandardKeys::requirementExtraKeys()
{
    static const QSet<QString> set = keys({"occurrences", "node_filter"});
    return set;
}

const QSet<QString> &StandardKeys::capabilityExtraKeys()
{
    static const QSet<QString> set = keys({"attributes"});
    return set;
}

const QSet<QString> &StandardKeys::parameterExtraKeys()
{
    static const QSet<QString> set = keys(
        {"type", "required", "default", "status", "constraints", "entry_schema", "key_schema"});
    return set;
}

const QSet<QString> &StandardKeys::groupExtraKeys()
{
    static const QSet<QString> set = keys({"metadata", "interfaces"});
    return set;
}

const QSet<QString> &StandardKeys::policyExtraKeys()
{
    static const QSet<QString> set = keys({"metadata", "triggers"});
    return set;
}

Value StandardKeys::keepOnly(const Value &map,
                             const QSet<QString> &allowed,
                             const QString &element,
                             DroppedKeys *dropped)
{
    if (!map.isMap())
        return map;
    Value kept = map;
    for (const Value::Entry &entry : map.entries()) {
        if (allowed.contains(entry.key))
            continue;
        kept.remove(entry.key);
        dropped->append({element, entry.key});
    }
    return kept;
}

} // namespace Topologist
