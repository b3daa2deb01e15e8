// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/policydialog.h"

#include "model/byname.h"
#include "policyactions.h"
#include "properties/valuetext.h"
#include "topologydocument.h"
#include "types/typedefinition.h"
#include "types/typeregistry.h"

#include "ui_policydialog.h"

namespace Topologist {

PolicyDialog::PolicyDialog(TopologyDocument *document, const QString &policy, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PolicyDialog>())
    , m_document(document)
    , m_policy(policy)
{
    m_ui->setupUi(this);
    setWindowTitle(policy.isEmpty() ? tr("Add Policy") : tr("Policy %1").arg(policy));
    QStringList targets;
    if (document) {
        QStringList types;
        for (const TypeDefinition *type : document->types().types(TypeKind::Policy))
            types << type->name;
        types.sort();
        m_ui->type->addItems(types);
        for (const GroupDefinition &group : document->topology().groups)
            targets << group.name;
        targets << document->topology().nodeNames();
    }
    const PolicyDefinition *current = existing();
    if (current) {
        m_ui->name->setText(current->name);
        m_ui->type->setCurrentText(current->type);
        m_ui->description->setText(current->description);
        if (!current->properties.isNull())
            m_ui->properties->setText(ValueText::flowText(current->properties));
    } else if (document) {
        m_ui->name->setText(PolicyActions(document).freeName(m_ui->type->currentText()));
    }
    m_ui->targets->setNames(targets, current ? current->targets : QStringList());
    m_ui->properties->setMinimumWidth(360);
    connect(m_ui->type, &QComboBox::currentTextChanged, this, &PolicyDialog::showDeclared);
    if (!current && document) {
        // A new policy is named after its type until the user names it.
        connect(m_ui->type, &QComboBox::currentTextChanged, this, [this](const QString &type) {
            if (!m_ui->name->isModified())
                m_ui->name->setText(PolicyActions(m_document).freeName(type));
        });
    }
    showDeclared(m_ui->type->currentText());
    m_ui->error->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PolicyDialog::reject);
}

PolicyDialog::~PolicyDialog() = default;

const PolicyDefinition *PolicyDialog::existing() const
{
    if (!m_document || m_policy.isEmpty())
        return nullptr;
    return findByName(m_document->topology().policies, m_policy);
}

void PolicyDialog::showDeclared(const QString &type)
{
    const TypeDefinition *definition
        = m_document ? m_document->types().resolved(TypeKind::Policy, type) : nullptr;
    QStringList declared;
    if (definition) {
        for (const PropertyDefinition &property : definition->properties) {
            declared << (property.required && !property.hasDefault() ? tr("%1 (%2, required)")
                                                                     : tr("%1 (%2)"))
                            .arg(property.name, property.type);
        }
    }
    m_ui->declared->setText(
        declared.isEmpty() ? tr("The type declares no properties.")
                           : tr("The type declares: %1").arg(declared.join(QStringLiteral(", "))));
}

void PolicyDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    const PolicyDefinition *current = existing();
    PolicyDefinition policy = current ? *current : PolicyDefinition();
    policy.name = m_ui->name->text().trimmed();
    policy.type = m_ui->type->currentText().trimmed();
    policy.description = m_ui->description->text().trimmed();
    policy.targets = m_ui->targets->checkedNames();
    QString error;
    if (!ValueText::parse(m_ui->properties->text(), &policy.properties, &error))
        return refuse(tr("The properties are not YAML: %1").arg(error));
    if (!policy.properties.isNull() && !policy.properties.isMap())
        return refuse(tr("The properties must be a mapping, such as { level: host }."));
    if (policy.name.isEmpty())
        return refuse(tr("A policy needs a name."));
    if (policy.type.isEmpty())
        return refuse(tr("A policy needs a type."));
    PolicyActions actions(m_document);
    if (!actions.isFreeName(policy.name, m_policy))
        return refuse(tr("There is a policy called %1 already.").arg(policy.name));
    const bool done = current ? (*current == policy || actions.changePolicy(m_policy, policy))
                              : actions.addPolicy(policy);
    if (!done)
        return refuse(tr("The policy could not be changed."));
    QDialog::accept();
}

} // namespace Topologist
