// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/groupspoliciespanel.h"

#include "groupactions.h"
#include "policyactions.h"
#include "properties/valuetext.h"
#include "sections/groupdialog.h"
#include "sections/policydialog.h"
#include "sections/sectionlist.h"
#include "selectionmodel.h"
#include "topologydocument.h"
#include "validation/problemmember.h"

#include <QTreeWidget>
#include <QVBoxLayout>

namespace Topologist {

GroupsPoliciesPanel::GroupsPoliciesPanel(QWidget *parent)
    : SectionPanel(parent)
    , m_groups(new SectionList(tr("Groups"), {tr("Group"), tr("Members"), tr("Type")}, this))
    , m_policies(new SectionList(
          tr("Policies"), {tr("Policy"), tr("Type"), tr("Targets"), tr("Properties")}, this))
{
    groupList()->setObjectName(QStringLiteral("groupList"));
    policyList()->setObjectName(QStringLiteral("policyList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groups);
    layout->addWidget(m_policies);
    connect(m_groups, &SectionList::addRequested, this, &GroupsPoliciesPanel::addGroup);
    connect(m_groups, &SectionList::editRequested, this, &GroupsPoliciesPanel::editGroup);
    connect(m_groups, &SectionList::removeRequested, this, &GroupsPoliciesPanel::removeGroup);
    connect(m_policies, &SectionList::addRequested, this, &GroupsPoliciesPanel::addPolicy);
    connect(m_policies, &SectionList::editRequested, this, &GroupsPoliciesPanel::editPolicy);
    connect(m_policies, &SectionList::removeRequested, this, &GroupsPoliciesPanel::removePolicy);
    setEnabled(false);
}

QTreeWidget *GroupsPoliciesPanel::groupList() const
{
    return m_groups->list();
}

QTreeWidget *GroupsPoliciesPanel::policyList() const
{
    return m_policies->list();
}

void GroupsPoliciesPanel::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selection = selection;
    if (document) {
        connect(document,
                &TopologyDocument::sectionsChanged,
                this,
                &GroupsPoliciesPanel::documentChanged);
        connect(document,
                &TopologyDocument::documentReset,
                this,
                &GroupsPoliciesPanel::documentChanged);
        connect(document,
                &TopologyDocument::problemsChanged,
                this,
                &GroupsPoliciesPanel::documentChanged);
    }
    setEnabled(document != nullptr);
    documentChanged();
}

bool GroupsPoliciesPanel::select(const ProblemMember &member)
{
    catchUp();
    return member.kind() == ProblemMember::Kind::Group ? m_groups->select(member.groupName())
                                                       : m_policies->select(member.policyName());
}

void GroupsPoliciesPanel::refresh()
{
    const QString group = m_groups->selectedName();
    const QString policy = m_policies->selectedName();
    groupList()->clear();
    policyList()->clear();
    if (!m_document)
        return;
    QHash<QString, Problems> groupProblems;
    QHash<QString, Problems> policyProblems;
    for (const Problem &problem : m_document->problems()) {
        if (const QString name = problem.member.groupName(); !name.isEmpty())
            groupProblems[name] << problem;
        if (const QString name = problem.member.policyName(); !name.isEmpty())
            policyProblems[name] << problem;
    }
    const QString comma = QStringLiteral(", ");
    for (const GroupDefinition &definition : m_document->topology().groups) {
        auto *item = new QTreeWidgetItem(
            groupList(), {definition.name, definition.members.join(comma), definition.type});
        SectionList::markProblems(item, groupProblems.value(definition.name));
        item->setSelected(definition.name == group);
    }
    for (const PolicyDefinition &definition : m_document->topology().policies) {
        auto *item = new QTreeWidgetItem(policyList(),
                                         {definition.name,
                                          definition.type,
                                          definition.targets.join(comma),
                                          definition.properties.isNull()
                                              ? QString()
                                              : ValueText::flowText(definition.properties)});
        SectionList::markProblems(item, policyProblems.value(definition.name));
        item->setSelected(definition.name == policy);
    }
    for (QTreeWidget *list : {groupList(), policyList()})
        list->resizeColumnToContents(0);
}

void GroupsPoliciesPanel::addGroup()
{
    if (m_document)
        GroupDialog(
            m_document, QString(), m_selection ? m_selection->selectedNodes() : QStringList(), this)
            .exec();
}

void GroupsPoliciesPanel::editGroup()
{
    if (const QString name = m_groups->selectedName(); m_document && !name.isEmpty())
        GroupDialog(m_document, name, {}, this).exec();
}

void GroupsPoliciesPanel::removeGroup()
{
    if (const QString name = m_groups->selectedName(); m_document && !name.isEmpty())
        GroupActions(m_document).removeGroup(name);
}

void GroupsPoliciesPanel::addPolicy()
{
    if (m_document)
        PolicyDialog(m_document, QString(), this).exec();
}

void GroupsPoliciesPanel::editPolicy()
{
    if (const QString name = m_policies->selectedName(); m_document && !name.isEmpty())
        PolicyDialog(m_document, name, this).exec();
}

void GroupsPoliciesPanel::removePolicy()
{
    if (const QString name = m_policies->selectedName(); m_document && !name.isEmpty())
        PolicyActions(m_document).removePolicy(name);
}

} // namespace Topologist
