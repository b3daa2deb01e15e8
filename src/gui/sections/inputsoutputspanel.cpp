// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/inputsoutputspanel.h"

#include "icons.h"
#include "properties/valuetext.h"
#include "sectionactions.h"
#include "sections/inputdialog.h"
#include "sections/outputdialog.h"
#include "topologydocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
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
    , m_inputs(new QTreeWidget(this))
    , m_outputs(new QTreeWidget(this))
{
    m_inputs->setObjectName(QStringLiteral("inputList"));
    m_inputs->setHeaderLabels({tr("Input"),
                               tr("Type"),
                               tr("Required"),
                               tr("Default"),
                               tr("Constraints"),
                               tr("Description")});
    m_outputs->setObjectName(QStringLiteral("outputList"));
    m_outputs->setHeaderLabels({tr("Output"), tr("Value"), tr("Description")});
    for (QTreeWidget *list : {m_inputs, m_outputs}) {
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setAlternatingRowColors(true);
        list->header()->setStretchLastSection(true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section(
        tr("Inputs"),
        m_inputs,
        [this] { addInput(); },
        [this] { editInput(); },
        [this] { removeInput(); }));
    layout->addWidget(section(
        tr("Outputs"),
        m_outputs,
        [this] { addOutput(); },
        [this] { editOutput(); },
        [this] { removeOutput(); }));
    connect(m_inputs, &QTreeWidget::itemActivated, this, [this] { editInput(); });
    connect(m_outputs, &QTreeWidget::itemActivated, this, [this] { editOutput(); });
    setEnabled(false);
}

QWidget *InputsOutputsPanel::section(const QString &title,
                                     QTreeWidget *list,
                                     const std::function<void()> &add,
                                     const std::function<void()> &edit,
                                     const std::function<void()> &remove)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    // The panel shares its column with the property editor: a title must not widen it.
    label->setMinimumWidth(1);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(label, 1);
    const auto button
        = [&](const QIcon &icon, const QString &tip, const std::function<void()> &run) {
              auto *b = new QToolButton(box);
              b->setIcon(icon);
              b->setToolTip(tip);
              b->setAutoRaise(true);
              connect(b, &QToolButton::clicked, this, run);
              bar->addWidget(b);
              return b;
          };
    button(Icons::add(), tr("Add"), add);
    button(Icons::rename(), tr("Edit"), edit);
    button(Icons::remove(), tr("Remove"), remove);
    layout->addLayout(bar);
    layout->addWidget(list);
    return box;
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

void InputsOutputsPanel::refresh()
{
    const QString input = selectedName(m_inputs);
    const QString output = selectedName(m_outputs);
    m_inputs->clear();
    m_outputs->clear();
    if (!m_document)
        return;
    for (const PropertyDefinition &definition : m_document->topology().inputs) {
        auto *item = new QTreeWidgetItem(
            m_inputs,
            {definition.name,
             definition.type,
             definition.required ? tr("yes") : tr("no"),
             definition.hasDefault() ? ValueText::flowText(definition.defaultValue) : QString(),
             constraintText(definition.constraints),
             definition.description});
        item->setSelected(definition.name == input);
    }
    QHash<QString, QStringList> outputProblems;
    QHash<QString, Severity> worst;
    for (const Problem &problem : m_document->problems()) {
        const QString name = problem.member.outputName();
        if (name.isEmpty())
            continue;
        outputProblems[name] << problem.message;
        if (!worst.contains(name) || problem.severity < worst.value(name))
            worst.insert(name, problem.severity);
    }
    for (const OutputDefinition &definition : m_document->topology().outputs) {
        auto *item = new QTreeWidgetItem(
            m_outputs,
            {definition.name, ValueText::flowText(definition.value), definition.description});
        item->setToolTip(1, item->text(1)); // the column is narrow in a side panel
        if (worst.contains(definition.name)) {
            item->setIcon(0,
                          worst.value(definition.name) == Severity::Error ? Icons::error()
                                                                          : Icons::warning());
            item->setToolTip(0, outputProblems.value(definition.name).join(QLatin1Char('\n')));
            item->setToolTip(1, item->toolTip(0));
        }
        item->setSelected(definition.name == output);
    }
    for (QTreeWidget *list : {m_inputs, m_outputs})
        list->resizeColumnToContents(0);
}

QString InputsOutputsPanel::selectedName(const QTreeWidget *list)
{
    const QList<QTreeWidgetItem *> selected = list->selectedItems();
    if (!selected.isEmpty())
        return selected.first()->text(0);
    return list->currentItem() ? list->currentItem()->text(0) : QString();
}

void InputsOutputsPanel::addInput()
{
    if (m_document)
        InputDialog(m_document, QString(), this).exec();
}

void InputsOutputsPanel::editInput()
{
    if (const QString name = selectedName(m_inputs); m_document && !name.isEmpty())
        InputDialog(m_document, name, this).exec();
}

void InputsOutputsPanel::removeInput()
{
    if (const QString name = selectedName(m_inputs); m_document && !name.isEmpty())
        SectionActions(m_document).removeInput(name);
}

void InputsOutputsPanel::addOutput()
{
    if (m_document)
        OutputDialog(m_document, QString(), this).exec();
}

void InputsOutputsPanel::editOutput()
{
    if (const QString name = selectedName(m_outputs); m_document && !name.isEmpty())
        OutputDialog(m_document, name, this).exec();
}

void InputsOutputsPanel::removeOutput()
{
    if (const QString name = selectedName(m_outputs); m_document && !name.isEmpty())
        SectionActions(m_document).removeOutput(name);
}

} // namespace Topologist
