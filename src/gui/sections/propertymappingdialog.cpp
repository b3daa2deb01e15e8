// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/propertymappingdialog.h"

#include "substitutionactions.h"
#include "topologydocument.h"

#include "ui_propertymappingdialog.h"

namespace Topologist {

PropertyMappingDialog::PropertyMappingDialog(TopologyDocument *document,
                                             const QString &property,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PropertyMappingDialog>())
    , m_document(document)
    , m_property(property)
{
    m_ui->setupUi(this);
    setWindowTitle(property.isEmpty() ? tr("Map Property") : tr("Property %1").arg(property));
    m_ui->error->hide();
    m_ui->property->setMinimumWidth(260);
    if (!document)
        return;
    const SubstitutionActions actions(document);
    m_ui->property->addItems(actions.substitutedProperties());
    m_ui->property->setCurrentText(QString());
    for (const PropertyDefinition &input : document->topology().inputs)
        m_ui->input->addItem(input.name);
    if (const PropertyMapping *existing = actions.mapping().property(property)) {
        m_ui->property->setCurrentText(existing->name);
        if (m_ui->input->findText(existing->input) < 0)
            m_ui->input->addItem(existing->input);
        m_ui->input->setCurrentText(existing->input);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PropertyMappingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PropertyMappingDialog::reject);
}

PropertyMappingDialog::~PropertyMappingDialog() = default;

void PropertyMappingDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    SubstitutionActions actions(m_document);
    const PropertyMapping *existing = actions.mapping().property(m_property);
    PropertyMapping mapping = existing ? *existing : PropertyMapping();
    mapping.name = m_ui->property->currentText().trimmed();
    mapping.input = m_ui->input->currentText();
    if (mapping.name.isEmpty())
        return refuse(tr("Choose the property the input gives."));
    if (mapping.input.isEmpty()) {
        return refuse(tr("The topology has no input to give it: add one under Inputs and "
                         "Outputs first."));
    }
    if (existing && *existing == mapping)
        return QDialog::accept();
    const bool done
        = existing ? actions.changeProperty(m_property, mapping) : actions.addProperty(mapping);
    if (!done)
        return refuse(tr("Property %1 is mapped already.").arg(mapping.name));
    QDialog::accept();
}

} // namespace Topologist
