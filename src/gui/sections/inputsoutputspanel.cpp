// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/inputsoutputspanel.h"

#include "properties/valuetext.h"
#include "sectionactions.h"
#include "sections/inputdialog.h"
#include "sections/outputdialog.h"
#include "sections/sectionlist.h"
#include "topologydocument.h"
#include "validation/problemmember.h"

#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

namespace {

QString constraintText(const Constraints &constraints)
{
    QStringList clauses;
    for (const Constraint &constraint : constraints)
        clauses << constraint.toString();
    return clauses.join(QStringLiteral(", "));
}

} // namespace

InputsOutputsPanel::InputsOutputsPanel(QWidget *parent)
    : SectionPanel(parent)
    , m_inputs(new SectionList(tr("Inputs"),
                               {tr("Input"),
                                tr("Type"),
                                tr("Required"),
                                tr("Default"),
                                tr("Constraints"),
                                tr("Description")},
                               this))
    , m_outputs(
          new SectionList(tr("Outputs"), {tr("Output"), tr("Value"), tr("Description")}, this))
{
    inputList()->setObjectName(QStringLiteral("inputList"));
    outputList()->setObjectName(QStringLiteral("outputList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_inputs);
    layout->addWidget(m_outputs);
    connect(m_inputs, &SectionList::addRequested, this, &InputsOutputsPanel::addInput);
    connect(m_inputs, &SectionList::editRequested, this, &InputsOutputsPanel::editInput);
    connect(m_inputs, &SectionList::removeRequested, this, &InputsOutputsPanel::removeInput);
    connect(m_outputs, &SectionList::addRequested, this, &InputsOutputsPanel::addOutput);
    connect(m_outputs, &SectionList::editRequested, this, &InputsOutputsPanel::editOutput);
    connect(m_outputs, &SectionList::removeRequested, this, &InputsOutputsPanel::removeOutput);
    setEnabled(false);
}

QTreeWidget *InputsOutputsPanel::inputList() const
{
    return m_inputs->list();
}

QTreeWidget *InputsOutputsPanel::outputList() const
{
    return m_outputs->list();
}

void InputsOutputsPanel::setDocument(TopologyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document,
                &TopologyDocument::sectionsChanged,
                this,
                &InputsOutputsPanel::documentChanged);
        connect(
            document, &TopologyDocument::documentReset, this, &InputsOutputsPanel::documentChanged);
        connect(document,
                &TopologyDocument::problemsChanged,
                this,
                &InputsOutputsPanel::documentChanged);
    }
    setEnabled(document != nullptr);
    documentChanged();
}

bool InputsOutputsPanel::select(const ProblemMember &member)
{
    catchUp();
    return member.kind() == ProblemMember::Kind::Input ? m_inputs->select(member.inputName())
                                                       : m_outputs->select(member.outputName());
}

void InputsOutputsPanel::refresh()
{
    const QString input = m_inputs->selectedName();
    const QString output = m_outputs->selectedName();
    inputList()->clear();
    outputList()->clear();
    if (!m_document)
        return;
    for (const PropertyDefinition &definition : m_document->topology().inputs) {
        auto *item = new QTreeWidgetItem(
            inputList(),
            {definition.name,
             definition.type,
             definition.required ? tr("yes") : tr("no"),
             definition.hasDefault() ? ValueText::flowText(definition.defaultValue) : QString(),
             constraintText(definition.constraints),
             definition.description});
        item->setSelected(definition.name == input);
    }
    QHash<QString, Problems> outputProblems;
    for (const Problem &problem : m_document->problems()) {
        if (const QString name = problem.member.outputName(); !name.isEmpty())
            outputProblems[name] << problem;
    }
    for (const OutputDefinition &definition : m_document->topology().outputs) {
        auto *item = new QTreeWidgetItem(
            outputList(),
            {definition.name, ValueText::flowText(definition.value), definition.description});
        item->setToolTip(1, item->text(1)); // the column is narrow in a side panel
        SectionList::markProblems(item, outputProblems.value(definition.name));
        item->setSelected(definition.name == output);
    }
    for (QTreeWidget *list : {inputList(), outputList()})
        list->resizeColumnToContents(0);
}

void InputsOutputsPanel::addInput()
{
    if (m_document)
        InputDialog(m_document, QString(), this).exec();
}

void InputsOutputsPanel::editInput()
{
    if (const QString name = m_inputs->selectedName(); m_document && !name.isEmpty())
        InputDialog(m_document, name, this).exec();
}

void InputsOutputsPanel::removeInput()
{
    if (const QString name = m_inputs->selectedName(); m_document && !name.isEmpty())
        SectionActions(m_document).removeInput(name);
}

void InputsOutputsPanel::addOutput()
{
    if (m_document)
        OutputDialog(m_document, QString(), this).exec();
}

void InputsOutputsPanel::editOutput()
{
    if (const QString name = m_outputs->selectedName(); m_document && !name.isEmpty())
        OutputDialog(m_document, name, this).exec();
}

void InputsOutputsPanel::removeOutput()
{
    if (const QString name = m_outputs->selectedName(); m_document && !name.isEmpty())
        SectionActions(m_document).removeOutput(name);
}

} // namespace Topologist
