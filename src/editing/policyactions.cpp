// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyactions.h"

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
    Q_DECLARE_TR_FUNCTIONS(PolicyActions)
};

} // namespace

PolicyActions::PolicyActions(TopologyDocument *document)
    : m_document(document)
{}

bool PolicyActions::isFreeName(const QString &name, const QString &current) const
{
    if (name.trimmed().isEmpty() || name != name.trimmed())
        return false;
    return name == current || indexByName(m_document->topology().policies, name) < 0;
}

QString PolicyActions::freeName(const QString &type) const
{
    QString base = type.section(QLatin1Char('.'), -1);
    if (base.isEmpty())
        base = QStringLiteral("Policy");
    if (isFreeName(base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = base + QString::number(i);
        if (isFreeName(name))
            return name;
    }
}

bool PolicyActions::addPolicy(const PolicyDefinition &policy)
{
    if (!isFreeName(policy.name))
        return false;
    TopologyEdit edit(*m_document);
    edit.sections().policies.append(policy);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Add policy %1").arg(policy.name)));
    return true;
}

bool PolicyActions::changePolicy(const QString &name, const PolicyDefinition &policy)
{
    if (!isFreeName(policy.name, name))
        return false;
    TopologyEdit edit(*m_document);
    PolicyDefinitions &policies = edit.sections().policies;
    const int index = indexByName(policies, name);
    if (index < 0)
        return false;
    policies[index] = policy;
    if (edit.isEmpty())
        return false;
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Change policy %1").arg(name)));
    return true;
}

bool PolicyActions::removePolicy(const QString &name)
{
    TopologyEdit edit(*m_document);
    PolicyDefinitions &policies = edit.sections().policies;
    const int index = indexByName(policies, name);
    if (index < 0)
        return false;
    policies.removeAt(index);
    m_document->undoStack()->push(
        edit.createCommand(m_document, Tr::tr("Remove policy %1").arg(name)));
    return true;
}

} // namespace Topologist
