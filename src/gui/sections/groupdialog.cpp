// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/groupdialog.h"

#include "groupactions.h"
#include "model/byname.h"
#include "topologydocument.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"

#include "ui_groupdialog.h"

namespace Topologist {

GroupDialog::GroupDialog(TopologyDocument *document,
                         const QString &group,
                         const QStringList &members,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupDialog>())
    , m_document(document)
    , m_group(group)
{
    m_ui->setupUi(this);
    setWindowTitle(group.isEmpty() ? tr("Add Group") : tr("Group %1").arg(group));
    m_ui->type->addItem(QString());
    if (document) {
        QStringList types;
        for (const TypeDefinition *type : document->types().types(TypeKind::Group))
            types << type->name;
        types.sort();
        m_ui->type->addItems(types);
    }
    const GroupDefinition *current = existing();
    if (current) {
        m_ui->name->setText(current->name);
        m_ui->type->setCurrentText(current->type);
        m_ui->description->setText(current->description);
    } else if (document) {
        m_ui->name->setText(GroupActions(document).freeName());
    }
    m_ui->members->setNames(document ? document->topology().nodeNames() : QStringList(),
                            current ? current->members : members);
    m_ui->error->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
}

GroupDialog::~GroupDialog() = default;

const GroupDefinition *GroupDialog::existing() const
{
    if (!m_document || m_group.isEmpty())
        return nullptr;
    return findByName(m_document->topology().groups, m_group);
}

void GroupDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    const GroupDefinition *current = existing();
    GroupDefinition group = current ? *current : GroupDefinition();
    group.name = m_ui->name->text().trimmed();
    group.type = m_ui->type->currentText().trimmed();
    group.description = m_ui->description->text().trimmed();
    group.members = m_ui->members->checkedNames();
    GroupActions actions(m_document);
    if (group.name.isEmpty())
        return refuse(tr("A group needs a name."));
    if (!actions.isFreeName(group.name, m_group))
        return refuse(m_document->topology().contains(group.name)
                          ? tr("%1 is the name of a node; a policy could not tell them apart.")
                                .arg(group.name)
                          : tr("There is a group called %1 already.").arg(group.name));
    if (group.members.isEmpty())
        return refuse(tr("A group needs at least one member."));
    const bool done = current ? (*current == group || actions.changeGroup(m_group, group))
                              : actions.addGroup(group);
    if (!done)
        return refuse(tr("The group could not be changed."));
    QDialog::accept();
}

} // namespace Topologist
