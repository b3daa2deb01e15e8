// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/toscareader.h"

#include "yaml/commentattacher.h"
#include "yaml/constraintreader.h"
#include "yaml/toscadialect.h"
#include "yaml/yamlvaluereader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>

namespace Topologist {

namespace {

// lupdate names a context after the enclosing class, so the context is declared here
// rather than hidden in a helper function: strings land under "ToscaReader" in the .ts too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ToscaReader)
};

const QString &codeShape()
{
    static const QString code = QStringLiteral("TOPO-DEF-003");
    return code;
}

/// The parsing state shared by the helpers below.
class Reading
{
public:
    Reading(const QString &fileName, Diagnostics *diagnostics)
        : fileName(fileName)
        , diagnostics(diagnostics)
    {}

    QString fileName;
    Diagnostics *diagnostics;
    QString dialect;

    void error(const QString &code, const SourceLocation &where, const QString &message)
    {
        diagnostics->append(Diagnostic::error(code, where, message));
    }
    void warning(const QString &code, const SourceLocation &where, const QString &message)
    {
        diagnostics->append(Diagnostic::warning(code, where, message));
    }

    /// A scalar's text; reports a shape error for anything else except null.
    QString text(const Value &value, const QString &what)
    {
        if (value.isScalar())
            return value.text();
        if (!value.isNull())
            error(codeShape(), value.location(), Tr::tr("%1 must be a plain value").arg(what));
        return QString();
    }

    bool boolean(const Value &value, bool fallback, const QString &what)
    {
        if (value.isNull())
            return fallback;
        const QString t = value.isScalar() ? value.text().toLower() : QString();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
            return false;
        error(codeShape(), value.location(), Tr::tr("%1 must be true or false").arg(what));
        return fallback;
    }

    QStringList stringList(const Value &value, const QString &what)
    {
        QStringList result;
        if (value.isNull())
            return result;
        if (value.isScalar())
            return {value.text()};
        if (!value.isList()) {
            error(codeShape(), value.location(), Tr::tr("%1 must be a list").arg(what));
            return result;
        }
        for (const Value &item : value.items())
            result << text(item, what);
        return result;
    }

    /// A section that Alien4Cloud writes either as a map or as a list of single-key maps
    /// (requirements, capabilities, artifacts). Calls `visit` for each named entry in order.
    void forEachNamed(
        const Value &value,
        const QString &what,
        const std::function<void(const QString &, const Value &, const SourceLocation &)> &visit)
    {
        if (value.isNull())
            return;
        if (value.isMap()) {
            for (const Value::Entry &entry : value.entries())
                visit(entry.key, entry.value, entry.keyLocation);
            return;
        }
        if (value.isFunction()) {
            // A single entry that happens to be named like a TOSCA function.
            visit(value.functionName(),
                  value.arguments().size() == 1 ? value.arguments().front()
                                                : Value::list(value.arguments()),
                  value.location());
            return;
        }
        if (value.isList()) {
            for (const Value &item : value.items()) {
                if (item.isMap() && item.entries().size() == 1) {
                    const Value::Entry &entry = item.entries().front();
                    visit(entry.key, entry.value, entry.keyLocation);
                } else if (item.isFunction()) {
                    visit(item.functionName(),
                          item.arguments().size() == 1 ? item.arguments().front()
                                                       : Value::list(item.arguments()),
                          item.location());
                } else {
                    error(codeShape(),
                          item.location(),
                          Tr::tr("each entry of %1 must be a single 'name: definition' pair")
                              .arg(what));
                }
            }
            return;
        }
        error(codeShape(), value.location(), Tr::tr("%1 must be a mapping or a list").arg(what));
    }

    /// A plain map keyed by names (node_templates, properties, ...). A single-entry map whose key
    /// happens to be a function name was read as a function; undo that here.
    Value structuralMap(const Value &value, const QString &what)
    {
        if (value.isNull() || value.isMap())
            return value;
        if (value.isFunction()) {
            Value map = Value::map();
            map.insert(value.functionName(),
                       value.arguments().size() == 1 ? value.arguments().front()
                                                     : Value::list(value.arguments()));
            map.entries().front().keyLocation = CompactLocation(value.location());
            map.setLocation(value.location());
            return map;
        }
        error(codeShape(), value.location(), Tr::tr("%1 must be a mapping").arg(what));
        return Value();
    }

    Occurrences occurrences(const Value &value, Occurrences fallback)
    {
        if (value.isNull())
            return fallback;
        if (!value.isList() || value.items().size() != 2) {
            error(codeShape(), value.location(), Tr::tr("occurrences must be a [min, max] pair"));
            return fallback;
        }
        Occurrences result;
        bool ok = false;
        result.lower = value.items()[0].text().toInt(&ok);
        if (!ok || result.lower < 0) {
            error(codeShape(),
                  value.items()[0].location(),
                  Tr::tr("the lower bound of occurrences must be a non-negative integer"));
            return fallback;
        }
        const QString upper = value.items()[1].text();
        if (upper.compare(QLatin1String("unbounded"), Qt::CaseInsensitive) == 0) {
            result.upper = Occurrences::Unbounded;
        } else {
            result.upper = upper.toInt(&ok);
            if (!ok || result.upper < result.lower) {
                error(codeShape(),
                      value.items()[1].location(),
                      Tr::tr("the upper bound of occurrences must be an integer at least the lower "
                             "bound, or 'unbounded'"));
                return fallback;
            }
        }
        return result;
    }

    Constraints constraints(const Value &value)
    {
        return ConstraintReader::read(value, diagnostics);
    }

    PropertyDefinition
    propertyDefinition(const QString &name, const Value &value, const SourceLocation &where)
    {
        PropertyDefinition definition;
        definition.name = name;
        definition.location = where;
        if (value.isFunction()) {
            // Alien4Cloud lets an attribute be just an expression.
            definition.expression = value;
            definition.required = false;
            return definition;
        }
        if (value.isScalar()) {
            // A short form some archives use for attributes: `name: string`.
            definition.type = value.text();
            return definition;
        }
        if (value.isNull())
            return definition;
        if (!value.isMap()) {
            error(codeShape(),
                  value.location(),
                  Tr::tr("the definition of '%1' must be a mapping").arg(name));
            return definition;
        }
        for (const Value::Entry &entry : value.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("type"))
                definition.type = text(entry.value, QStringLiteral("type"));
            else if (key == QLatin1String("description"))
                definition.description = text(entry.value, QStringLiteral("description"));
            else if (key == QLatin1String("required"))
                definition.required = boolean(entry.value, true, QStringLiteral("required"));
            else if (key == QLatin1String("default"))
                definition.defaultValue = entry.value;
            else if (key == QLatin1String("value"))
                definition.expression = entry.value;
            else if (key == QLatin1String("constraints"))
                definition.constraints = constraints(entry.value);
            else if (key == QLatin1String("entry_schema")) {
                if (entry.value.isScalar()) {
                    definition.entrySchemaType = entry.value.text();
                } else if (entry.value.isMap()) {
                    definition.entrySchemaType = text(entry.value.value(QStringLiteral("type")),
                                                      QStringLiteral("entry_schema type"));
                    definition.entrySchemaConstraints
                        = constraints(entry.value.value(QStringLiteral("constraints")));
                }
            } else {
                definition.extras.insert(entry.key, entry.value);
            }
        }
        return definition;
    }

    PropertyDefinitions propertyDefinitions(const Value &value, const QString &what)
    {
        PropertyDefinitions result;
        const Value map = structuralMap(value, what);
        for (const Value::Entry &entry : map.entries())
            result.append(propertyDefinition(entry.key, entry.value, entry.keyLocation));
        return result;
    }

    NodeFilter nodeFilter(const Value &value)
    {
        NodeFilter filter;
        filter.location = value.location();
        const auto propertyFilters = [&](const Value &list) {
            PropertyFilters filters;
            forEachNamed(list,
                         QStringLiteral("node_filter properties"),
                         [&](const QString &name,
                             const Value &constraintValue,
                             const SourceLocation &where) {
                             PropertyFilter propertyFilter;
                             propertyFilter.property = name;
                             propertyFilter.location = where;
                             propertyFilter.constraints = constraints(constraintValue);
                             filters.append(propertyFilter);
                         });
            return filters;
        };
        if (!value.isMap()) {
            error(codeShape(), value.location(), Tr::tr("node_filter must be a mapping"));
            return filter;
        }
        filter.properties = propertyFilters(value.value(QStringLiteral("properties")));
        forEachNamed(
            value.value(QStringLiteral("capabilities")),
            QStringLiteral("node_filter capabilities"),
            [&](const QString &name, const Value &capabilityValue, const SourceLocation &where) {
                CapabilityFilter capabilityFilter;
                capabilityFilter.capability = name;
                capabilityFilter.location = where;
                capabilityFilter.properties
                    = propertyFilters(capabilityValue.value(QStringLiteral("properties")));
                filter.capabilities.append(capabilityFilter);
            });
        return filter;
    }

    RequirementDefinition
    requirementDefinition(const QString &name, const Value &value, const SourceLocation &where)
    {
        RequirementDefinition definition;
        definition.name = name;
        definition.location = where;
        if (value.isScalar()) {
            definition.capability = value.text();
            return definition;
        }
        if (!value.isMap()) {
            error(codeShape(),
                  value.location(),
                  Tr::tr("requirement '%1' must be a mapping").arg(name));
            return definition;
        }
        for (const Value::Entry &entry : value.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("capability"))
                definition.capability = text(entry.value, QStringLiteral("capability"));
            else if (key == QLatin1String("node"))
                definition.node = text(entry.value, QStringLiteral("node"));
            else if (key == QLatin1String("relationship")
                     || key == QLatin1String("relationship_type")) {
                if (entry.value.isMap())
                    definition.relationship = text(entry.value.value(QStringLiteral("type")),
                                                   QStringLiteral("relationship type"));
                else
                    definition.relationship = text(entry.value, QStringLiteral("relationship"));
            } else if (key == QLatin1String("capability_name"))
                definition.capabilityName = text(entry.value, QStringLiteral("capability_name"));
            else if (key == QLatin1String("description"))
                definition.description = text(entry.value, QStringLiteral("description"));
            else if (key == QLatin1String("occurrences") || key == QLatin1String("lower_bound"))
                definition.occurrences = occurrences(entry.value, Occurrences{1, 1});
            else if (key == QLatin1String("node_filter"))
                definition.nodeFilter = nodeFilter(entry.value);
            else if (key == QLatin1String("type"))
                // Alien4Cloud 1.x spelling of the capability type.
                definition.capability = text(entry.value, QStringLiteral("type"));
        }
        return definition;
    }

    CapabilityDefinition
    capabilityDefinition(const QString &name, const Value &value, const SourceLocation &where)
    {
        CapabilityDefinition definition;
        definition.name = name;
        definition.location = where;
        if (value.isScalar()) {
            definition.type = value.text();
            return definition;
        }
        if (!value.isMap()) {
            error(codeShape(),
                  value.location(),
                  Tr::tr("capability '%1' must be a mapping").arg(name));
            return definition;
        }
        definition.type = text(value.value(QStringLiteral("type")), QStringLiteral("type"));
        definition.description
            = text(value.value(QStringLiteral("description")), QStringLiteral("description"));
        definition.occurrences = occurrences(value.value(QStringLiteral("occurrences")),
                                             Occurrences{1, Occurrences::Unbounded});
        definition.validSourceTypes = stringList(value.value(QStringLiteral("valid_source_types")),
                                                 QStringLiteral("valid_source_types"));
        definition.properties = value.value(QStringLiteral("properties"));
        return definition;
    }

    OperationDefinition
    operation(const QString &name, const Value &value, const SourceLocation &where)
    {
        OperationDefinition op;
        op.name = name;
        op.location = where;
        if (value.isScalar()) {
            op.implementation = value.text();
        } else if (value.isMap()) {
            const Value implementation = value.value(QStringLiteral("implementation"));
            if (implementation.isMap())
                op.implementation = text(implementation.value(QStringLiteral("primary")),
                                         QStringLiteral("implementation"));
            else
                op.implementation = text(implementation, QStringLiteral("implementation"));
            op.inputs = value.value(QStringLiteral("inputs"));
            op.description
                = text(value.value(QStringLiteral("description")), QStringLiteral("description"));
        }
        return op;
    }

    InterfaceDefinitions interfaces(const Value &value)
    {
        InterfaceDefinitions result;
        const Value map = structuralMap(value, QStringLiteral("interfaces"));
        for (const Value::Entry &entry : map.entries()) {
            InterfaceDefinition interface;
            interface.name = entry.key;
            interface.location = entry.keyLocation;
            const Value body = structuralMap(entry.value, QStringLiteral("interface ") + entry.key);
            for (const Value::Entry &member : body.entries()) {
                if (member.key == QLatin1String("type"))
                    interface.type = text(member.value, QStringLiteral("type"));
                else if (member.key == QLatin1String("description"))
                    interface.description = text(member.value, QStringLiteral("description"));
                else if (member.key == QLatin1String("inputs"))
                    continue;
                else if (member.key == QLatin1String("operations")) {
                    for (const Value::Entry &op : member.value.entries())
                        interface.operations.append(operation(op.key, op.value, op.keyLocation));
                } else
                    interface.operations.append(
                        operation(member.key, member.value, member.keyLocation));
            }
            result.append(interface);
        }
        return result;
    }

    ArtifactDefinition
    artifact(const QString &name, const Value &value, const SourceLocation &where)
    {
        ArtifactDefinition definition;
        definition.name = name;
        definition.location = where;
        if (value.isScalar() || value.isFunction()) {
            definition.file = value;
            return definition;
        }
        if (!value.isMap()) {
            error(
                codeShape(), value.location(), Tr::tr("artifact '%1' must be a mapping").arg(name));
            return definition;
        }
        definition.type = text(value.value(QStringLiteral("type")), QStringLiteral("type"));
        definition.file = value.value(QStringLiteral("file"));
        definition.repository
            = text(value.value(QStringLiteral("repository")), QStringLiteral("repository"));
        definition.description
            = text(value.value(QStringLiteral("description")), QStringLiteral("description"));
        definition.deployPath
            = text(value.value(QStringLiteral("deploy_path")), QStringLiteral("deploy_path"));
        static const QStringList known = {QStringLiteral("type"),
                                          QStringLiteral("file"),
                                          QStringLiteral("repository"),
                                          QStringLiteral("description"),
                                          QStringLiteral("deploy_path")};
        for (const Value::Entry &entry : value.entries()) {
            if (!known.contains(entry.key))
                definition.extras.insert(entry.key, entry.value);
        }
        return definition;
    }

    ArtifactDefinitions artifacts(const Value &value)
    {
        ArtifactDefinitions result;
        forEachNamed(value,
                     QStringLiteral("artifacts"),
                     [&](const QString &name, const Value &v, const SourceLocation &where) {
                         result.append(artifact(name, v, where));
                     });
        return result;
    }

    QList<std::pair<QString, QString>> tags(const Value &value)
    {
        QList<std::pair<QString, QString>> result;
        const Value map = structuralMap(value, QStringLiteral("tags"));
        for (const Value::Entry &entry : map.entries())
            result.append(
                {entry.key,
                 entry.value.isScalar() ? entry.value.text() : entry.value.toDisplayString()});
        return result;
    }

    TypeDefinition typeDefinition(TypeKind kind,
                                  const QString &name,
                                  const Value &value,
                                  const SourceLocation &where)
    {
        TypeDefinition type;
        type.kind = kind;
        type.name = name;
        type.location = where;
        if (value.isNull())
            return type;
        if (!value.isMap()) {
            error(codeShape(),
                  value.location(),
                  Tr::tr("the definition of type '%1' must be a mapping").arg(name));
            return type;
        }
        for (const Value::Entry &entry : value.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("derived_from"))
                type.derivedFrom = text(entry.value, QStringLiteral("derived_from"));
            else if (key == QLatin1String("description"))
                type.description = text(entry.value, QStringLiteral("description"));
            else if (key == QLatin1String("abstract"))
                type.abstract = boolean(entry.value, false, QStringLiteral("abstract"));
            else if (key == QLatin1String("tags") || key == QLatin1String("metadata"))
                type.tags += tags(entry.value);
            else if (key == QLatin1String("properties"))
                type.properties = propertyDefinitions(entry.value, QStringLiteral("properties"));
            else if (key == QLatin1String("attributes"))
                type.attributes = propertyDefinitions(entry.value, QStringLiteral("attributes"));
            else if (key == QLatin1String("requirements"))
                forEachNamed(entry.value,
                             QStringLiteral("requirements"),
                             [&](const QString &n, const Value &v, const SourceLocation &w) {
                                 type.requirements.append(requirementDefinition(n, v, w));
                             });
            else if (key == QLatin1String("capabilities"))
                forEachNamed(entry.value,
                             QStringLiteral("capabilities"),
                             [&](const QString &n, const Value &v, const SourceLocation &w) {
                                 type.capabilities.append(capabilityDefinition(n, v, w));
                             });
            else if (key == QLatin1String("interfaces"))
                type.interfaces = interfaces(entry.value);
            else if (key == QLatin1String("artifacts"))
                type.artifacts = artifacts(entry.value);
            else if (key == QLatin1String("valid_target_types"))
                type.validTargetTypes
                    = stringList(entry.value, QStringLiteral("valid_target_types"));
            else if ((key == QLatin1String("targets") && kind == TypeKind::Policy)
                     || (key == QLatin1String("members") && kind == TypeKind::Group))
                type.validTargetTypes = stringList(entry.value, key);
            else if (key == QLatin1String("valid_source_types"))
                type.validSourceTypes
                    = stringList(entry.value, QStringLiteral("valid_source_types"));
            else if (key == QLatin1String("constraints"))
                type.constraints = constraints(entry.value);
            else if (key == QLatin1String("mime_type"))
                type.mimeType = text(entry.value, QStringLiteral("mime_type"));
            else if (key == QLatin1String("file_ext"))
                type.fileExtensions = stringList(entry.value, QStringLiteral("file_ext"));
        }
        // An interface type's operations are written directly under it.
        if (kind == TypeKind::Interface) {
            InterfaceDefinition self;
            self.name = name;
            for (const Value::Entry &entry : value.entries()) {
                static const QStringList reserved = {QStringLiteral("derived_from"),
                                                     QStringLiteral("description"),
                                                     QStringLiteral("inputs"),
                                                     QStringLiteral("version"),
                                                     QStringLiteral("metadata")};
                if (!reserved.contains(entry.key))
                    self.operations.append(operation(entry.key, entry.value, entry.keyLocation));
            }
            type.interfaces = {self};
        }
        return type;
    }

    RequirementAssignment
    requirementAssignment(const QString &key, const Value &value, const SourceLocation &where)
    {
        RequirementAssignment r;
        r.name = key;
        r.location = where;
        r.extras = Value::map();
        if (value.isScalar()) {
            r.node = value.text();
            r.nodeLocation = value.location();
            r.shortForm = true;
            return r;
        }
        if (!value.isMap()) {
            error(codeShape(),
                  value.location(),
                  Tr::tr("requirement '%1' must name a node or be a mapping with 'node'").arg(key));
            return r;
        }
        for (const Value::Entry &entry : value.entries()) {
            const QString &k = entry.key;
            if (k == QLatin1String("node")) {
                r.node = text(entry.value, QStringLiteral("node"));
                r.nodeLocation = entry.value.location();
            } else if (k == QLatin1String("capability")) {
                r.capability = text(entry.value, QStringLiteral("capability"));
            } else if (k == QLatin1String("relationship")) {
                if (entry.value.isMap()) {
                    r.relationship = text(entry.value.value(QStringLiteral("type")),
                                          QStringLiteral("relationship type"));
                    const Value props = entry.value.value(QStringLiteral("properties"));
                    if (!props.isNull())
                        r.properties = props;
                    const Value ifaces = entry.value.value(QStringLiteral("interfaces"));
                    if (!ifaces.isNull())
                        r.interfaces = ifaces;
                } else {
                    r.relationship = text(entry.value, QStringLiteral("relationship"));
                }
            } else if (k == QLatin1String("properties")) {
                r.properties = structuralMap(entry.value, QStringLiteral("properties"));
            } else if (k == QLatin1String("interfaces")) {
                r.interfaces = entry.value;
            } else if (k == QLatin1String("type_requirement")) {
                r.relationshipName = key;
                r.name = text(entry.value, QStringLiteral("type_requirement"));
            } else {
                r.extras.entries().push_back(entry);
            }
        }
        return r;
    }

    NodeTemplate nodeTemplate(const QString &name, const Value &value, const SourceLocation &where)
    {
        NodeTemplate node;
        node.name = name;
        node.location = where;
        node.properties = Value::map();
        node.extras = Value::map();
        if (!value.isMap()) {
            error(codeShape(),
                  value.isNull() ? where : value.location(),
                  Tr::tr("node template '%1' must be a mapping with at least a 'type'").arg(name));
            return node;
        }
        for (const Value::Entry &entry : value.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("type")) {
                node.type = text(entry.value, QStringLiteral("type"));
                node.typeLocation = entry.value.location();
            } else if (key == QLatin1String("description")) {
                node.description = text(entry.value, QStringLiteral("description"));
            } else if (key == QLatin1String("properties")) {
                node.properties = structuralMap(entry.value, QStringLiteral("properties"));
                if (node.properties.isNull())
                    node.properties = Value::map();
            } else if (key == QLatin1String("capabilities")) {
                const Value map = structuralMap(entry.value, QStringLiteral("capabilities"));
                node.capabilities.reserve(qsizetype(map.entries().size()));
                for (const Value::Entry &cap : map.entries()) {
                    CapabilityAssignment assignment;
                    assignment.name = cap.key;
                    assignment.location = cap.keyLocation;
                    assignment.extras = Value::map();
                    assignment.properties = Value::map();
                    // The name for a message is only spelled out when there is one to give.
                    const Value body
                        = cap.value.isMap() || cap.value.isNull()
                              ? cap.value
                              : structuralMap(cap.value, QStringLiteral("capability ") + cap.key);
                    for (const Value::Entry &member : body.entries()) {
                        if (member.key == QLatin1String("properties")) {
                            assignment.properties
                                = structuralMap(member.value, QStringLiteral("properties"));
                            if (assignment.properties.isNull())
                                assignment.properties = Value::map();
                        } else {
                            assignment.extras.entries().push_back(member);
                        }
                    }
                    node.capabilities.append(std::move(assignment));
                }
            } else if (key == QLatin1String("requirements")) {
                node.requirements.reserve(qsizetype(entry.value.items().size()));
                forEachNamed(entry.value,
                             QStringLiteral("requirements"),
                             [&](const QString &n, const Value &v, const SourceLocation &w) {
                                 node.requirements.append(requirementAssignment(n, v, w));
                             });
            } else if (key == QLatin1String("interfaces")) {
                node.interfaces = entry.value;
            } else if (key == QLatin1String("artifacts")) {
                node.artifacts = artifacts(entry.value);
            } else {
                if (key != QLatin1String("name") && key != QLatin1String("metadata")
                    && key != QLatin1String("directives") && key != QLatin1String("attributes")
                    && key != QLatin1String("node_filter") && key != QLatin1String("copy"))
                    warning(
                        QStringLiteral("TOPO-DEF-006"),
                        entry.keyLocation,
                        Tr::tr(
                            "'%1' is not a node template key; Alien4Cloud ignores it (it is kept "
                            "when saving)")
                            .arg(key));
                node.extras.entries().push_back(entry);
            }
        }
        if (node.type.isEmpty())
            error(QStringLiteral("TOPO-DEF-007"),
                  where,
                  Tr::tr("node template '%1' has no type").arg(name));
        return node;
    }

    OutputDefinition
    outputDefinition(const QString &name, const Value &value, const SourceLocation &where)
    {
        OutputDefinition definition;
        definition.name = name;
        definition.location = where;
        definition.extras = Value::map();
        const Value body = structuralMap(value, QStringLiteral("output ") + name);
        for (const Value::Entry &member : body.entries()) {
            if (member.key == QLatin1String("description"))
                definition.description = text(member.value, QStringLiteral("description"));
            else if (member.key == QLatin1String("value"))
                definition.value = member.value;
            else
                definition.extras.entries().push_back(member);
        }
        return definition;
    }

    /// Takes @p value by value so that each node template's part of the document can be freed
    /// as soon as its NodeTemplate is made (the memory is used again for the next ones): when
    /// the caller hands the document over, reading 20,000 nodes never holds two copies.
    TopologyTemplate topology(Value value)
    {
        TopologyTemplate topology;
        topology.location = value.location();
        topology.extras = Value::map();
        if (!value.isMap()) {
            error(codeShape(), value.location(), Tr::tr("topology_template must be a mapping"));
            return topology;
        }
        for (Value::Entry &entry : value.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("description")) {
                topology.description = text(entry.value, QStringLiteral("description"));
            } else if (key == QLatin1String("inputs")) {
                topology.inputs = propertyDefinitions(entry.value, QStringLiteral("inputs"));
            } else if (key == QLatin1String("input_artifacts")) {
                topology.inputArtifacts = entry.value;
            } else if (key == QLatin1String("substitution_mappings")) {
                topology.substitutionMappings = entry.value;
            } else if (key == QLatin1String("workflows")) {
                topology.workflows = entry.value;
            } else if (key == QLatin1String("groups")) {
                const Value map = structuralMap(entry.value, QStringLiteral("groups"));
                for (const Value::Entry &group : map.entries())
                    topology.groups.append(
                        groupDefinition(group.key, group.value, group.keyLocation));
            } else if (key == QLatin1String("policies")) {
                topology.policiesAsMap = entry.value.isMap();
                forEachNamed(entry.value,
                             QStringLiteral("policies"),
                             [&](const QString &n, const Value &v, const SourceLocation &w) {
                                 topology.policies.append(policyDefinition(n, v, w));
                             });
            } else if (key == QLatin1String("node_templates")) {
                Value map = entry.value.isMap()
                                ? std::move(entry.value)
                                : structuralMap(entry.value, QStringLiteral("node_templates"));
                topology.reserveNodes(int(map.entries().size()));
                for (Value::Entry &node : map.entries()) {
                    topology.appendNode(nodeTemplate(node.key, node.value, node.keyLocation));
                    node.value = Value();
                }
            } else if (key == QLatin1String("outputs")) {
                const Value map = structuralMap(entry.value, QStringLiteral("outputs"));
                for (const Value::Entry &output : map.entries())
                    topology.outputs.append(
                        outputDefinition(output.key, output.value, output.keyLocation));
            } else {
                topology.extras.entries().push_back(entry);
            }
        }
        return topology;
    }

    GroupDefinition
    groupDefinition(const QString &name, const Value &value, const SourceLocation &where)
    {
        GroupDefinition group;
        group.name = name;
        group.location = where;
        group.extras = Value::map();
        const Value body = structuralMap(value, QStringLiteral("group ") + name);
        for (const Value::Entry &entry : body.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("type"))
                group.type = text(entry.value, QStringLiteral("type"));
            else if (key == QLatin1String("description"))
                group.description = text(entry.value, QStringLiteral("description"));
            else if (key == QLatin1String("members"))
                group.members = stringList(entry.value, QStringLiteral("members"));
            else if (key == QLatin1String("properties"))
                group.properties = structuralMap(entry.value, QStringLiteral("properties"));
            else if (key == QLatin1String("policies"))
                group.policies = entry.value;
            else
                group.extras.entries().push_back(entry);
        }
        return group;
    }

    PolicyDefinition
    policyDefinition(const QString &name, const Value &value, const SourceLocation &where)
    {
        PolicyDefinition policy;
        policy.name = name;
        policy.location = where;
        policy.extras = Value::map();
        const Value body = structuralMap(value, QStringLiteral("policy ") + name);
        for (const Value::Entry &entry : body.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("type"))
                policy.type = text(entry.value, QStringLiteral("type"));
            else if (key == QLatin1String("description"))
                policy.description = text(entry.value, QStringLiteral("description"));
            else if (key == QLatin1String("targets"))
                policy.targets = stringList(entry.value, QStringLiteral("targets"));
            else if (key == QLatin1String("properties"))
                policy.properties = structuralMap(entry.value, QStringLiteral("properties"));
            else
                policy.extras.entries().push_back(entry);
        }
        return policy;
    }

    RepositoryDefinition
    repository(const QString &name, const Value &value, const SourceLocation &where)
    {
        RepositoryDefinition repository;
        repository.name = name;
        repository.location = where;
        repository.extras = Value::map();
        if (value.isScalar()) {
            repository.url = value.text();
            repository.shortForm = true;
            return repository;
        }
        const Value body = structuralMap(value, QStringLiteral("repository ") + name);
        for (const Value::Entry &entry : body.entries()) {
            const QString &key = entry.key;
            if (key == QLatin1String("url"))
                repository.url = text(entry.value, QStringLiteral("url"));
            else if (key == QLatin1String("type"))
                repository.type = text(entry.value, QStringLiteral("type"));
            else if (key == QLatin1String("description"))
                repository.description = text(entry.value, QStringLiteral("description"));
            else if (key == QLatin1String("credential"))
                repository.credential = entry.value;
            else
                repository.extras.entries().push_back(entry);
        }
        return repository;
    }

    void imports(const Value &value, ToscaArchive *archive)
    {
        if (value.isNull())
            return;
        if (!value.isList()) {
            error(codeShape(), value.location(), Tr::tr("imports must be a list"));
            return;
        }
        static const QRegularExpression catalogImport(QStringLiteral("^([^:/\\s]+):([^:/\\s]+)$"));
        for (const Value &item : value.items()) {
            ArchiveImport import;
            import.location = item.location();
            QString reference;
            if (item.isScalar()) {
                reference = item.text();
            } else if (item.isMap() && item.entries().size() == 1
                       && item.entries().front().value.isScalar()) {
                // `- name: file.yaml` (TOSCA 1.0 named import)
                reference = item.entries().front().value.text();
            } else if (item.isMap() && item.contains(QStringLiteral("file"))) {
                reference = item.value(QStringLiteral("file")).text();
                import.file = reference;
                for (const Value::Entry &entry : item.entries()) {
                    if (entry.key != QLatin1String("file"))
                        import.extras.insert(entry.key, entry.value);
                }
            } else if (item.isMap() && item.entries().size() == 1
                       && item.entries().front().value.isMap()) {
                reference = item.entries().front().value.value(QStringLiteral("file")).text();
                import.file = reference;
            } else {
                error(codeShape(),
                      item.location(),
                      Tr::tr("an import must be 'name:version' or a file"));
                continue;
            }
            if (import.file.isEmpty()) {
                const QRegularExpressionMatch match = catalogImport.match(reference);
                const bool looksLikeFile = reference.endsWith(QLatin1String(".yml"))
                                           || reference.endsWith(QLatin1String(".yaml"));
                if (match.hasMatch() && !looksLikeFile) {
                    import.name = match.captured(1);
                    import.version = match.captured(2);
                } else {
                    import.file = reference;
                }
            }
            archive->imports.append(import);
        }
    }
};

TypeKind kindOfSection(const QString &section, bool *ok)
{
    static const QList<std::pair<QString, TypeKind>> sections = {
        {QStringLiteral("data_types"), TypeKind::Data},
        {QStringLiteral("artifact_types"), TypeKind::Artifact},
        {QStringLiteral("capability_types"), TypeKind::Capability},
        {QStringLiteral("interface_types"), TypeKind::Interface},
        {QStringLiteral("relationship_types"), TypeKind::Relationship},
        {QStringLiteral("node_types"), TypeKind::Node},
        {QStringLiteral("group_types"), TypeKind::Group},
        {QStringLiteral("policy_types"), TypeKind::Policy},
    };
    for (const auto &[name, kind] : sections) {
        if (name == section) {
            *ok = true;
            return kind;
        }
    }
    *ok = false;
    return TypeKind::Node;
}

/// Parses the layout entry written by ToscaWriter: `name x y;name x y`.
void applyLayout(const QString &layout, TopologyTemplate *topology)
{
    const QStringList entries = layout.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 3)
            continue;
        bool okX = false;
        bool okY = false;
        const double x = parts[1].toDouble(&okX);
        const double y = parts[2].toDouble(&okY);
        if (!okX || !okY)
            continue;
        if (NodeTemplate *node = topology->node(parts[0]))
            node->position = QPointF(x, y);
    }
}

void readVersion(const Value &root,
                 const QString &fileName,
                 Reading &reading,
                 ToscaArchive *archive)
{
    const Value *version = root.find(QStringLiteral("tosca_definitions_version"));
    if (!version) {
        reading.error(QStringLiteral("TOPO-DEF-001"),
                      {fileName, 1, 1},
                      Tr::tr("tosca_definitions_version is missing; expected one of: %1")
                          .arg(ToscaDialect::knownVersions().join(QStringLiteral(", "))));
    } else {
        archive->toscaDefinitionsVersion
            = reading.text(*version, QStringLiteral("tosca_definitions_version"));
        if (!ToscaDialect::isKnown(archive->toscaDefinitionsVersion))
            reading.error(QStringLiteral("TOPO-DEF-002"),
                          version->location(),
                          Tr::tr("unknown tosca_definitions_version '%1'; expected one of: %2")
                              .arg(archive->toscaDefinitionsVersion,
                                   ToscaDialect::knownVersions().join(QStringLiteral(", "))));
    }
}

/// Reads the metadata section into @p archive; returns the layout it carries, if any.
QString readMetadata(const Value &section, Reading &reading, ToscaArchive *archive)
{
    QString layout;
    const Value map = reading.structuralMap(section, QStringLiteral("metadata"));
    for (const Value::Entry &m : map.entries()) {
        const QString value = m.value.isScalar() ? m.value.text() : m.value.toDisplayString();
        if (m.key == QLatin1String("template_name"))
            archive->name = value;
        else if (m.key == QLatin1String("template_version"))
            archive->version = value;
        else if (m.key == QLatin1String("template_author"))
            archive->author = value;
        else if (m.key == ToscaReader::layoutMetadataKey())
            layout = value;
        else
            archive->metadataTags.append({m.key, value});
    }
    return layout;
}

} // namespace

ToscaArchive
ToscaReader::readFile(const QString &filePath, Diagnostics *diagnostics, const QString &displayPath)
{
    const QString name = displayPath.isEmpty() ? filePath : displayPath;
    YamlValueReader yaml;
    yaml.setCancelToken(m_cancel);
    QByteArray bytes;
    Value root = yaml.readFile(filePath, diagnostics, name, &bytes);
    ToscaArchive archive = readDocument(bytes, std::move(root), name, diagnostics);
    archive.filePath = QFileInfo(filePath).absoluteFilePath();
    return archive;
}

ToscaArchive
ToscaReader::read(const QByteArray &bytes, const QString &fileName, Diagnostics *diagnostics)
{
    YamlValueReader yaml;
    yaml.setCancelToken(m_cancel);
    return readDocument(bytes, yaml.read(bytes, fileName, diagnostics), fileName, diagnostics);
}

ToscaArchive ToscaReader::readDocument(const QByteArray &bytes,
                                       Value root,
                                       const QString &fileName,
                                       Diagnostics *diagnostics)
{
    // yaml-cpp drops comments, so they come from the text itself.
    if (root.isNull())
        return fromDocument(std::move(root), fileName, diagnostics);
    CommentMap comments = CommentAttacher::attach(bytes, root);
    ToscaArchive archive = fromDocument(std::move(root), fileName, diagnostics);
    placeComments(std::move(comments), &archive);
    return archive;
}

void ToscaReader::attachComments(const QByteArray &bytes, const Value &root, ToscaArchive *archive)
{
    placeComments(CommentAttacher::attach(bytes, root), archive);
}

void ToscaReader::placeComments(CommentMap comments, ToscaArchive *archive)
{
    if (archive->topology) {
        TopologyTemplate &topology = *archive->topology;
        for (int i = 0; i < topology.nodeCount(); ++i) {
            NodeTemplate &node = topology.nodeAt(i);
            node.comments = comments.takeUnder(nodeCommentPath(node.name));
        }
    }
    archive->comments = std::move(comments);
}

ToscaArchive
ToscaReader::fromValue(const Value &root, const QString &fileName, Diagnostics *diagnostics)
{
    return fromDocument(root, fileName, diagnostics);
}

ToscaArchive
ToscaReader::fromDocument(Value root, const QString &fileName, Diagnostics *diagnostics)
{
    ToscaArchive archive;
    archive.location = {fileName, 1, 1};
    archive.typeSections = Value::map();
    archive.extras = Value::map();
    if (root.isNull())
        return archive; // the YAML reader has said why
    Reading reading(fileName, diagnostics);
    if (!root.isMap()) {
        reading.error(
            codeShape(),
            root.location(),
            Tr::tr("a TOSCA file must be a mapping starting with tosca_definitions_version"));
        return archive;
    }

    readVersion(root, fileName, reading, &archive);
    reading.dialect = archive.toscaDefinitionsVersion;

    QString layout;
    for (Value::Entry &entry : root.entries()) {
        const QString &key = entry.key;
        if (key == QLatin1String("tosca_definitions_version")) {
            continue;
        } else if (key == QLatin1String("metadata")) {
            layout = readMetadata(entry.value, reading, &archive);
        } else if (key == QLatin1String("template_name")) {
            archive.name = reading.text(entry.value, key);
            archive.headerInMetadata = false;
        } else if (key == QLatin1String("template_version")) {
            archive.version = reading.text(entry.value, key);
            archive.headerInMetadata = false;
        } else if (key == QLatin1String("template_author")) {
            archive.author = reading.text(entry.value, key);
            archive.headerInMetadata = false;
        } else if (key == QLatin1String("description")) {
            archive.description = reading.text(entry.value, key);
        } else if (key == QLatin1String("imports")) {
            reading.imports(entry.value, &archive);
        } else if (key == QLatin1String("topology_template")) {
            archive.topology = reading.topology(std::move(entry.value));
        } else if (key == QLatin1String("repositories")) {
            const Value map = reading.structuralMap(entry.value, key);
            for (const Value::Entry &r : map.entries())
                archive.repositories.append(reading.repository(r.key, r.value, r.keyLocation));
        } else {
            bool isTypeSection = false;
            const TypeKind kind = kindOfSection(key, &isTypeSection);
            if (isTypeSection) {
                archive.typeSections.entries().push_back(entry);
                const Value map = reading.structuralMap(entry.value, key);
                for (const Value::Entry &type : map.entries())
                    archive.types.append(
                        reading.typeDefinition(kind, type.key, type.value, type.keyLocation));
            } else {
                archive.extras.entries().push_back(entry);
            }
        }
    }
    if (archive.topology && !layout.isEmpty())
        applyLayout(layout, &*archive.topology);
    return archive;
}

} // namespace Topologist
