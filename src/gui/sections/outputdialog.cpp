// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/outputdialog.h"

#include "model/byname.h"
#include "properties/valuetext.h"
#include "sectionactions.h"
#include "topologydocument.h"

#include "ui_outputdialog.h"

namespace Topologist {

OutputDialog::OutputDialog(TopologyDocument *document, const QString &output, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutputDialog>())
    , m_document(document)
    , m_output(output)
{
    m_ui->setupUi(this);
    setWindowTitle(output.isEmpty() ? tr("Add Output") : tr("Output %1").arg(output));
    if (const OutputDefinition *current = existing()) {
        m_ui->name->setText(current->name);
        m_ui->value->setText(ValueText::flowText(current->value));
        m_ui->description->setText(current->description);
    }
    m_ui->value->setMinimumWidth(360);
    m_ui->error->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OutputDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OutputDialog::reject);
}

OutputDialog::~OutputDialog() = default;

const OutputDefinition *OutputDialog::existing() const
{
    if (!m_document || m_output.isEmpty())
        return nullptr;
    return findByName(m_document->topology().outputs, m_output);
}

void OutputDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    const OutputDefinition *current = existing();
    OutputDefinition output = current ? *current : OutputDefinition();
    output.name = m_ui->name->text().trimmed();
    output.description = m_ui->description->text().trimmed();
    QString error;
    if (!ValueText::parse(m_ui->value->text(), &output.value, &error))
        return refuse(tr("The value is not YAML: %1").arg(error));
    if (output.name.isEmpty())
        return refuse(tr("An output needs a name."));
    if (output.value.isNull())
        return refuse(
            tr("An output needs a value, such as { get_attribute: [ Node, attribute ] }."));
    SectionActions actions(m_document);
    bool done = false;
    if (m_output.isEmpty())
        done = actions.addOutput(output);
    else
        done = current && (*current == output || actions.changeOutput(m_output, output));
    if (!done)
        return refuse(tr("There is an output called %1 already.").arg(output.name));
    QDialog::accept();
}

} // namespace Topologist
