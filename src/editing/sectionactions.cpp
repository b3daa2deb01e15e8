// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionactions.h"

#include "model/byname.h"
#include "model/substitutionmapping.h"
#include "topologydocument.h"
#include "topologyedit.h"
#include "types/typedefinition.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SectionActions)
};

bool takesInput(const Value &value, const QString &input)
{
    return value.isFunction() && value.functionName() == QLatin1String("get_input")
           && !value.arguments().empty() && value.arguments().front().text() == input;
}

/// Calls `change` on every node property that takes `input` (node properties only: those are
/// what "set as input" makes).
void forEachUse(TopologyEdit &edit,
                const TopologyDocument &document,
                const QString &input,
                const std::function<void(NodeTemplate &, const QString &)> &change)
{
    for (const NodeTemplate &node : document.topology().nodes()) {
        for (const Value::Entry &entry : node.properties.entries()) {
            if (takesInput(entry.value, input))
                change(*edit.node(node.name), entry.key);
        }
    }
}

/// The substitution mapping's properties follow an input renamed (`to` set) or removed.
void followInput(TopologySections &sections, const QString &from, const QString &to = QString())
{
    SubstitutionMapping mapping = SubstitutionMapping::read(sections.substitutionMappings);
    if (to.isEmpty() ? mapping.removeInput(from) : mapping.renameInput(from, to))
        sections.substitutionMappings = mapping.writtenOver(sections.substitutionMappings);
}

} // namespace

SectionActions::SectionActions(TopologyDocument *document)
    : m_document(document)
{}

bool SectionActions::addInput(const PropertyDefinition &input)
{
    TopologyEdit edit(*m_document);
    PropertyDefinitions &inputs = edit.sections().inputs;
    if (input.name.isEmpty() || indexByName(inputs, input.name) >= 0)
        return false;
    inputs.append(input);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Add input %1").arg(input.name)));
    return true;
}

bool SectionActions::changeInput(const QString &name, const PropertyDefinition &input)
{
    TopologyEdit edit(*m_document);
    PropertyDefinitions &inputs = edit.sections().inputs;
    const int index = indexByName(inputs, name);
    if (index < 0 || input.name.isEmpty()
        || (input.name != name && indexByName(inputs, input.name) >= 0))
        return false;
    inputs[index] = input;
    if (input.name != name) {
        forEachUse(edit, *m_document, name, [&](NodeTemplate &node, const QString &property) {
            node.properties.insert(
                property,
                Value::function(QStringLiteral("get_input"), {Value::scalar(input.name)}));
        });
        followInput(edit.sections(), name, input.name);
    }
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Change input %1").arg(name)));
    return true;
}

bool SectionActions::removeInput(const QString &name)
{
    TopologyEdit edit(*m_document);
    PropertyDefinitions &inputs = edit.sections().inputs;
    const int index = indexByName(inputs, name);
    if (index < 0)
        return false;
    const Value fallback = inputs[index].defaultValue;
    inputs.removeAt(index);
    followInput(edit.sections(), name);
    forEachUse(edit, *m_document, name, [&](NodeTemplate &node, const QString &property) {
        if (fallback.isNull())
            node.properties.remove(property);
        else
            node.properties.insert(property, fallback);
    });
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Remove input %1").arg(name)));
    return true;
}

bool SectionActions::addOutput(const OutputDefinition &output)
{
    TopologyEdit edit(*m_document);
    OutputDefinitions &outputs = edit.sections().outputs;
    if (output.name.isEmpty() || indexByName(outputs, output.name) >= 0)
        return false;
    outputs.append(output);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Add output %1").arg(output.name)));
    return true;
}

bool SectionActions::changeOutput(const QString &name, const OutputDefinition &output)
{
    TopologyEdit edit(*m_document);
    OutputDefinitions &outputs = edit.sections().outputs;
    const int index = indexByName(outputs, name);
    if (index < 0 || output.name.isEmpty()
        || (output.name != name && indexByName(outputs, output.name) >= 0))
        return false;
    outputs[index] = output;
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Change output %1").arg(name)));
    return true;
}

bool SectionActions::removeOutput(const QString &name)
{
    TopologyEdit edit(*m_document);
    OutputDefinitions &outputs = edit.sections().outputs;
    const int index = indexByName(outputs, name);
    if (index < 0)
        return false;
    outputs.removeAt(index);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Remove output %1").arg(name)));
    return true;
}

bool SectionActions::setPropertyAsInput(const QString &node,
                                        const QString &property,
                                        const QString &input)
{
    TopologyEdit edit(*m_document);
    NodeTemplate *n = edit.node(node);
    if (!n || input.isEmpty())
        return false;
    PropertyDefinitions &inputs = edit.sections().inputs;
    if (indexByName(inputs, input) < 0) {
        PropertyDefinition created;
        created.name = input;
        const TypeDefinition *type = m_document->types().resolved(TypeKind::Node, n->type);
        if (const PropertyDefinition *definition
            = type ? findDefinition(type->properties, property) : nullptr) {
            created.type = definition->type;
            created.description = definition->description;
            created.constraints = definition->constraints;
            created.entrySchemaType = definition->entrySchemaType;
            created.defaultValue = definition->defaultValue;
        }
        created.required = true;
        if (const Value *current = n->properties.find(property); current && !current->isFunction())
            created.defaultValue = *current;
        if (created.type.isEmpty())
            created.type = QStringLiteral("string");
        inputs.append(created);
    }
    n->properties.insert(property,
                         Value::function(QStringLiteral("get_input"), {Value::scalar(input)}));
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(edit.createCommand(
        m_document, Tr::tr("Set %1 of %2 as input %3").arg(property, node, input)));
    return true;
}

bool SectionActions::unsetInput(const QString &node, const QString &property)
{
    const QString input = inputOf(node, property);
    if (input.isEmpty())
        return false;
    TopologyEdit edit(*m_document);
    PropertyDefinitions &inputs = edit.sections().inputs;
    const int index = indexByName(inputs, input);
    NodeTemplate *n = edit.node(node);
    const Value fallback = index >= 0 ? inputs[index].defaultValue : Value();
    if (fallback.isNull())
        n->properties.remove(property);
    else
        n->properties.insert(property, fallback);
    int uses = 0;
    for (const NodeTemplate &other : m_document->topology().nodes()) {
        for (const Value::Entry &entry : other.properties.entries())
            uses += takesInput(entry.value, input) ? 1 : 0;
    }
    if (uses <= 1 && index >= 0)
        inputs.removeAt(index);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Unset input of %1 of %2").arg(property, node)));
    return true;
}

QString SectionActions::inputOf(const QString &node, const QString &property) const
{
    const NodeTemplate *n = m_document->topology().node(node);
    const Value *value = n ? n->properties.find(property) : nullptr;
    if (!value || !value->isFunction() || value->functionName() != QLatin1String("get_input")
        || value->arguments().empty())
        return QString();
    return value->arguments().front().text();
}

QString SectionActions::freeInputName(const QString &node, const QString &property) const
{
    const PropertyDefinitions &inputs = m_document->topology().inputs;
    if (indexByName(inputs, property) < 0)
        return property;
    const QString base = node + QLatin1Char('_') + property;
    QString name = base;
    for (int i = 2; indexByName(inputs, name) >= 0; ++i)
        name = base + QLatin1Char('_') + QString::number(i);
    return name;
}

} // namespace Topologist
