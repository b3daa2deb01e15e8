// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/substitutionpanel.h"

#include "icons.h"
#include "properties/valuetext.h"
#include "sections/propertymappingdialog.h"
#include "sections/sectionlist.h"
#include "sections/substitutiontargetdialog.h"
#include "substitutionactions.h"
#include "topologydocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

namespace {

using Side = SubstitutionMapping::Side;

SectionList *
newSection(const QString &title, const char *name, const QStringList &headers, QWidget *parent)
{
    auto *section = new SectionList(title, headers, parent);
    section->list()->setObjectName(QLatin1String(name));
    return section;
}

/// The row whose first column is `name`, or null.
QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

SubstitutionPanel::SubstitutionPanel(QWidget *parent)
    : SectionPanel(parent)
    , m_type(new QComboBox(this))
    , m_typeProblem(new QLabel(this))
    , m_remove(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_capabilities(newSection(tr("Capabilities"),
                                "capabilityList",
                                {tr("Exposed as"), tr("Node"), tr("Capability")},
                                this))
    , m_requirements(newSection(tr("Requirements"),
                                "requirementList",
                                {tr("Exposed as"), tr("Node"), tr("Requirement")},
                                this))
    , m_properties(
          newSection(tr("Properties"), "propertyList", {tr("Property"), tr("Input")}, this))
{
    m_type->setObjectName(QStringLiteral("substitutedType"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(1);
    m_type->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_type->setMinimumWidth(60);
    m_type->lineEdit()->setPlaceholderText(tr("The type this topology stands for"));
    m_type->setToolTip(typeHelp());
    m_typeProblem->setObjectName(QStringLiteral("typeProblem"));
    m_typeProblem->hide();
    m_remove->setObjectName(QStringLiteral("removeSubstitution"));
    m_remove->setIcon(Icons::remove());
    m_remove->setToolTip(tr("Remove the substitution: the topology is no type any more"));
    m_remove->setAutoRaise(true);
    m_hint->setObjectName(QStringLiteral("substitutionHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Choose a type to let Alien4Cloud import this topology as a type of its "
                       "own, then expose capabilities and requirements of its nodes."));
    m_hint->setMinimumWidth(1);

    // Title and button above, the box below: the panel shares its column with the property
    // editor and must not widen it.
    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(tr("&Type"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_type);
    title->setMinimumWidth(1);
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    titleRow->addWidget(title, 1);
    titleRow->addWidget(m_remove);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_typeProblem);
    auto *typeBox = new QVBoxLayout;
    typeBox->setContentsMargins(4, 4, 4, 0);
    typeBox->addLayout(titleRow);
    typeBox->addLayout(typeRow);
    typeBox->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(typeBox);
    layout->addWidget(m_capabilities);
    layout->addWidget(m_requirements);
    layout->addWidget(m_properties);

    connect(m_type, &QComboBox::activated, this, &SubstitutionPanel::applyType);
    connect(m_type->lineEdit(), &QLineEdit::returnPressed, this, &SubstitutionPanel::applyType);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_document)
            SubstitutionActions(m_document).removeMapping();
    });
    connect(m_capabilities, &SectionList::addRequested, this, &SubstitutionPanel::addCapability);
    connect(m_requirements, &SectionList::addRequested, this, &SubstitutionPanel::addRequirement);
    for (const Side side : {Side::Capabilities, Side::Requirements}) {
        connect(
            section(side), &SectionList::editRequested, this, [this, side] { editTarget(side); });
        connect(section(side), &SectionList::removeRequested, this, [this, side] {
            removeTarget(side);
        });
    }
    connect(m_properties, &SectionList::addRequested, this, &SubstitutionPanel::addProperty);
    connect(m_properties, &SectionList::editRequested, this, &SubstitutionPanel::editProperty);
    connect(m_properties, &SectionList::removeRequested, this, &SubstitutionPanel::removeProperty);
    setEnabled(false);
}

QTreeWidget *SubstitutionPanel::capabilityList() const
{
    return m_capabilities->list();
}

QTreeWidget *SubstitutionPanel::requirementList() const
{
    return m_requirements->list();
}

QTreeWidget *SubstitutionPanel::propertyList() const
{
    return m_properties->list();
}

SectionList *SubstitutionPanel::section(Side side) const
{
    return side == Side::Capabilities ? m_capabilities : m_requirements;
}

bool SubstitutionPanel::select(const ProblemMember &member)
{
    catchUp();
    switch (member.kind()) {
    case ProblemMember::Kind::SubstitutionType:
        m_type->setFocus();
        return true;
    case ProblemMember::Kind::SubstitutionCapability:
        return m_capabilities->select(member.substitutionName());
    case ProblemMember::Kind::SubstitutionRequirement:
        return m_requirements->select(member.substitutionName());
    case ProblemMember::Kind::SubstitutionProperty:
        return m_properties->select(member.substitutionName());
    default:
        return false;
    }
}

void SubstitutionPanel::setDocument(TopologyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document,
                &TopologyDocument::sectionsChanged,
                this,
                &SubstitutionPanel::documentChanged);
        connect(
            document, &TopologyDocument::documentReset, this, &SubstitutionPanel::documentChanged);
        connect(document,
                &TopologyDocument::problemsChanged,
                this,
                &SubstitutionPanel::documentChanged);
        connect(
            document, &TopologyDocument::headerChanged, this, &SubstitutionPanel::documentChanged);
    }
    setEnabled(document != nullptr);
    documentChanged();
}

void SubstitutionPanel::applyType()
{
    const QString type = m_type->currentText().trimmed();
    if (m_document && !type.isEmpty() && type != SubstitutionActions(m_document).mapping().nodeType)
        SubstitutionActions(m_document).setNodeType(type);
}

void SubstitutionPanel::refresh()
{
    const SubstitutionMapping mapping
        = m_document ? SubstitutionActions(m_document).mapping() : SubstitutionMapping();
    refreshType(mapping);
    fillTargets(Side::Capabilities, mapping);
    fillTargets(Side::Requirements, mapping);
    fillProperties(mapping);
    markProblems();
    // After the marks: a row's sign widens its first column.
    for (SectionList *section : {m_capabilities, m_requirements, m_properties})
        section->list()->resizeColumnToContents(0);
    const bool mapped = m_document && !m_document->topology().substitutionMappings.isNull();
    m_hint->setVisible(!mapped);
    m_remove->setEnabled(mapped);
    for (SectionList *section : {m_capabilities, m_requirements, m_properties})
        section->setEnabled(mapped);
}

void SubstitutionPanel::refreshType(const SubstitutionMapping &mapping)
{
    const QSignalBlocker blocker(m_type);
    const QStringList offered
        = m_document ? SubstitutionActions(m_document).substitutableTypes() : QStringList();
    if (offered != m_offeredTypes) {
        m_type->clear();
        m_type->addItems(offered);
        m_offeredTypes = offered;
    }
    // Only when the type changed: a refresh for problems must not undo what the user is typing.
    if (mapping.nodeType != m_shownType || m_type->currentText().isEmpty()) {
        m_type->setCurrentText(mapping.nodeType);
        m_shownType = mapping.nodeType;
    }
}

void SubstitutionPanel::fillTargets(Side side, const SubstitutionMapping &mapping)
{
    QTreeWidget *list = section(side)->list();
    const QString selected = section(side)->selectedName();
    list->clear();
    const Value written = m_document ? m_document->topology().substitutionMappings.value(
                              side == Side::Capabilities ? QStringLiteral("capabilities")
                                                         : QStringLiteral("requirements"))
                                     : Value();
    for (const SubstitutionTarget &target : mapping.targets(side)) {
        // An entry in a form the model does not edit shows as written.
        const QStringList columns
            = target.wellFormed
                  ? QStringList{target.name, target.node, target.target}
                  : QStringList{target.name, ValueText::flowText(written.value(target.name))};
        auto *item = new QTreeWidgetItem(list, columns);
        item->setSelected(target.name == selected);
    }
}

void SubstitutionPanel::fillProperties(const SubstitutionMapping &mapping)
{
    QTreeWidget *list = m_properties->list();
    const QString selected = m_properties->selectedName();
    list->clear();
    const Value written
        = m_document
              ? m_document->topology().substitutionMappings.value(QStringLiteral("properties"))
              : Value();
    for (const PropertyMapping &property : mapping.properties) {
        const QString input = property.isInputMapping()
                                  ? property.input
                                  : ValueText::flowText(written.value(property.name));
        auto *item = new QTreeWidgetItem(list, {property.name, input});
        item->setSelected(property.name == selected);
    }
}

void SubstitutionPanel::markProblems()
{
    const Problems problems = m_document ? m_document->problems() : Problems();
    markType(problems);
    QHash<QTreeWidgetItem *, Problems> marked;
    for (const Problem &problem : problems) {
        const ProblemMember &member = problem.member;
        QTreeWidget *list = nullptr;
        if (member.kind() == ProblemMember::Kind::SubstitutionCapability)
            list = capabilityList();
        else if (member.kind() == ProblemMember::Kind::SubstitutionRequirement)
            list = requirementList();
        else if (member.kind() == ProblemMember::Kind::SubstitutionProperty)
            list = propertyList();
        QTreeWidgetItem *item = list ? rowOf(list, member.substitutionName()) : nullptr;
        if (!item)
            continue;
        marked[item] << problem;
    }
    for (auto it = marked.cbegin(); it != marked.cend(); ++it)
        SectionList::markProblems(it.key(), it.value());
}

void SubstitutionPanel::markType(const Problems &problems)
{
    QStringList messages;
    Severity worst = Severity::Info;
    for (const Problem &problem : problems) {
        if (problem.member.kind() == ProblemMember::Kind::SubstitutionType) {
            messages << problem.message;
            worst = qMin(worst, problem.severity);
        }
    }
    m_typeProblem->setVisible(!messages.isEmpty());
    m_typeProblem->setPixmap(
        (worst == Severity::Error ? Icons::error() : Icons::warning()).pixmap(16, 16));
    m_typeProblem->setToolTip(messages.join(QLatin1Char('\n')));
    m_type->setToolTip(messages.isEmpty() ? typeHelp() : messages.join(QLatin1Char('\n')));
}

QString SubstitutionPanel::typeHelp()
{
    return tr("Alien4Cloud imports the topology as a type derived from this one, named after "
              "the archive.");
}

void SubstitutionPanel::addCapability()
{
    if (m_document)
        SubstitutionTargetDialog(m_document, Side::Capabilities, QString(), this).exec();
}

void SubstitutionPanel::addRequirement()
{
    if (m_document)
        SubstitutionTargetDialog(m_document, Side::Requirements, QString(), this).exec();
}

void SubstitutionPanel::addProperty()
{
    if (m_document)
        PropertyMappingDialog(m_document, QString(), this).exec();
}

void SubstitutionPanel::editTarget(Side side)
{
    if (const QString name = section(side)->selectedName(); m_document && !name.isEmpty())
        SubstitutionTargetDialog(m_document, side, name, this).exec();
}

void SubstitutionPanel::removeTarget(Side side)
{
    if (const QString name = section(side)->selectedName(); m_document && !name.isEmpty())
        SubstitutionActions(m_document).removeTarget(side, name);
}

void SubstitutionPanel::editProperty()
{
    if (const QString name = m_properties->selectedName(); m_document && !name.isEmpty())
        PropertyMappingDialog(m_document, name, this).exec();
}

void SubstitutionPanel::removeProperty()
{
    if (const QString name = m_properties->selectedName(); m_document && !name.isEmpty())
        SubstitutionActions(m_document).removeProperty(name);
}

} // namespace Topologist
