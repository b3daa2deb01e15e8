// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupactions.h"

#include "model/byname.h"
#include "topologydocument.h"
#include "topologyedit.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupActions)
};

} // namespace

GroupActions::GroupActions(TopologyDocument *document)
    : m_document(document)
{}

bool GroupActions::isFreeName(const QString &name, const QString &current) const
{
    const TopologyTemplate &topology = m_document->topology();
    if (name.trimmed().isEmpty() || name != name.trimmed() || topology.contains(name))
        return false;
    return name == current || indexByName(topology.groups, name) < 0;
}

QString GroupActions::freeName() const
{
    for (int i = 1;; ++i) {
        const QString name = QStringLiteral("Group%1").arg(i);
        if (isFreeName(name))
            return name;
    }
}

bool GroupActions::addGroup(const GroupDefinition &group)
{
    if (!isFreeName(group.name))
        return false;
    TopologyEdit edit(*m_document);
    edit.sections().groups.append(group);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Add group %1").arg(group.name)));
    return true;
}

bool GroupActions::changeGroup(const QString &name, const GroupDefinition &group)
{
    if (!isFreeName(group.name, name))
        return false;
    TopologyEdit edit(*m_document);
    TopologySections &sections = edit.sections();
    const int index = indexByName(sections.groups, name);
    if (index < 0)
        return false;
    sections.groups[index] = group;
    if (group.name != name) {
        for (PolicyDefinition &policy : sections.policies)
            std::replace(policy.targets.begin(), policy.targets.end(), name, group.name);
    }
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Change group %1").arg(name)));
    return true;
}

bool GroupActions::removeGroup(const QString &name)
{
    TopologyEdit edit(*m_document);
    TopologySections &sections = edit.sections();
    const int index = indexByName(sections.groups, name);
    if (index < 0)
        return false;
    sections.groups.removeAt(index);
    for (PolicyDefinition &policy : sections.policies)
        policy.targets.removeAll(name);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Remove group %1").arg(name)));
    return true;
}

QString GroupActions::groupNodes(const QStringList &members)
{
    GroupDefinition group;
    group.name = freeName();
    group.members = members;
    return !members.isEmpty() && addGroup(group) ? group.name : QString();
}

} // namespace Topologist
