// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/inputdialog.h"

#include "properties/valuetext.h"
#include "sectionactions.h"
#include "topologydocument.h"
#include "types/valuechecker.h"
#include "yaml/constraintreader.h"

#include "ui_inputdialog.h"

#include <QPushButton>

namespace Topologist {

namespace {

/// The types an input usually has; any other can be typed in.
const QStringList commonTypes{QStringLiteral("string"),
                              QStringLiteral("integer"),
                              QStringLiteral("float"),
                              QStringLiteral("boolean"),
                              QStringLiteral("version"),
                              QStringLiteral("scalar-unit.size"),
                              QStringLiteral("scalar-unit.time"),
                              QStringLiteral("list"),
                              QStringLiteral("map")};

} // namespace

InputDialog::InputDialog(TopologyDocument *document, const QString &input, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InputDialog>())
    , m_document(document)
    , m_input(input)
{
    m_ui->setupUi(this);
    m_ui->type->addItems(commonTypes);
    m_ui->required->setChecked(true);
    setWindowTitle(input.isEmpty() ? tr("Add Input") : tr("Input %1").arg(input));
    const PropertyDefinition *existing
        = document ? findDefinition(document->topology().inputs, input) : nullptr;
    if (existing) {
        m_ui->name->setText(existing->name);
        m_ui->type->setCurrentText(existing->type);
        m_ui->required->setChecked(existing->required);
        m_ui->defaultValue->setText(
            existing->hasDefault() ? ValueText::flowText(existing->defaultValue) : QString());
        m_ui->description->setText(existing->description);
        const Value constraints = ConstraintReader::toValue(existing->constraints);
        if (!constraints.isNull())
            m_ui->constraints->setText(ValueText::flowText(constraints));
    }
    m_ui->error->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InputDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &InputDialog::reject);
}

InputDialog::~InputDialog() = default;

bool InputDialog::readConstraints(Constraints *constraints, QString *error) const
{
    Value written;
    if (!ValueText::parse(m_ui->constraints->text(), &written, error)) {
        *error = tr("The constraints are not YAML: %1").arg(*error);
        return false;
    }
    if (!written.isNull() && !written.isList()) {
        *error = tr("The constraints must be a list, such as [ { greater_or_equal: 1 } ].");
        return false;
    }
    Diagnostics diagnostics;
    *constraints = ConstraintReader::read(written, &diagnostics);
    if (diagnostics.isEmpty())
        return true;
    *error = tr("The constraints are not TOSCA: %1").arg(diagnostics.front().message);
    return false;
}

void InputDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    PropertyDefinition input;
    if (const PropertyDefinition *existing = findDefinition(m_document->topology().inputs, m_input))
        input = *existing; // constraints and what the dialog does not show are kept
    input.name = m_ui->name->text().trimmed();
    input.type = m_ui->type->currentText().trimmed();
    input.required = m_ui->required->isChecked();
    input.description = m_ui->description->text().trimmed();
    QString error;
    Value defaultValue;
    if (!ValueText::parse(m_ui->defaultValue->text(), &defaultValue, &error))
        return refuse(tr("The default is not YAML: %1").arg(error));
    input.defaultValue = defaultValue;
    if (input.name.isEmpty())
        return refuse(tr("An input needs a name."));
    if (input.type.isEmpty())
        return refuse(tr("An input needs a type."));
    if (!readConstraints(&input.constraints, &error))
        return refuse(error);
    // The default is checked as a property value is: against the type and the constraints.
    if (input.hasDefault()) {
        const ValueChecker::Violations violations
            = ValueChecker(m_document->types()).check(input.defaultValue, input);
        if (!violations.isEmpty())
            return refuse(tr("The default does not fit: %1").arg(violations.front().message));
    }
    SectionActions actions(m_document);
    const bool taken
        = input.name != m_input && findDefinition(m_document->topology().inputs, input.name);
    if (taken)
        return refuse(tr("There is an input called %1 already.").arg(input.name));
    bool done = false;
    if (m_input.isEmpty()) {
        done = actions.addInput(input);
    } else {
        const PropertyDefinition *existing = findDefinition(m_document->topology().inputs, m_input);
        done = existing && (*existing == input || actions.changeInput(m_input, input));
    }
    if (!done)
        return refuse(tr("The input could not be changed."));
    QDialog::accept();
}

} // namespace Topologist
