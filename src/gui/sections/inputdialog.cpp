// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/inputdialog.h"

#include "properties/editors/valueeditorfactory.h"
#include "properties/valuetext.h"
#include "sectionactions.h"
#include "topologydocument.h"
#include "types/propertyconstraints.h"
#include "types/valuechecker.h"
#include "yaml/constraintreader.h"

#include "ui_inputdialog.h"

#include <QAbstractSpinBox>
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
    rebuildDefaultEditor();
    connect(m_ui->type, &QComboBox::currentTextChanged, this, &InputDialog::rebuildDefaultEditor);
    // Queued: the field is left for the default's editor, which the rebuild replaces; replacing
    // it while focus moves to it would pull the widget from under the move.
    connect(m_ui->constraints,
            &QLineEdit::editingFinished,
            this,
            &InputDialog::rebuildDefaultEditor,
            Qt::QueuedConnection);
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

bool InputDialog::readDefault(Value *value, QString *error) const
{
    if (m_typedDefault) {
        bool ok = true;
        *value = m_typedDefault->value(&ok);
        if (!ok)
            *error = tr("The default is not a %1: %2")
                         .arg(m_ui->type->currentText().trimmed(), m_typedDefault->invalidReason());
        return ok;
    }
    if (ValueText::parse(m_ui->defaultValue->text(), value, error))
        return true;
    *error = tr("The default is not YAML: %1").arg(*error);
    return false;
}

void InputDialog::rebuildDefaultEditor()
{
    // What was entered carries over to the editor of the new type when that one can show it.
    Value current;
    QString ignored;
    if (!readDefault(&current, &ignored))
        current = Value();
    const QWidget *focused = focusWidget();
    bool hadFocus = focused == m_ui->defaultValue;
    if (m_typedDefault) {
        for (QWidget *widget : m_typedDefault->widgets()) {
            hadFocus = hadFocus || widget == focused;
            widget->hide();
            widget->deleteLater();
        }
        m_typedDefault->deleteLater();
        m_typedDefault = nullptr;
        m_ui->defaultValue->setText(current.isNull() ? QString() : ValueText::flowText(current));
    }
    m_typedDefault = typedEditorFor(current);
    m_ui->defaultValue->setVisible(!m_typedDefault);
    QWidget *field = m_typedDefault ? m_typedDefault->focusWidget() : m_ui->defaultValue;
    m_ui->defaultValueLabel->setBuddy(field);
    // A new editor would otherwise be reached last by Tab.
    setTabOrder(m_ui->required, field);
    setTabOrder(field, m_ui->constraints);
    if (hadFocus) {
        field->show(); // a widget added to a shown dialog is shown only later
        field->setFocus();
    }
}

ValueEditor *InputDialog::typedEditorFor(const Value &value)
{
    PropertyDefinition draft;
    draft.type = m_ui->type->currentText().trimmed();
    QString ignored;
    if (!m_document || draft.type.isEmpty() || !readConstraints(&draft.constraints, &ignored))
        return nullptr;
    const PropertyConstraints constraints(draft, m_document->types());
    const ValueEditor::Kind kind
        = ValueEditorFactory::kindFor(draft, constraints, m_document->types(), 0);
    if (kind == ValueEditor::Kind::Yaml || kind == ValueEditor::Kind::Group)
        return nullptr;
    ValueEditor::Setup setup;
    setup.type = draft.type;
    setup.primitive = constraints.primitive();
    setup.required = false; // "no default" is a choice of its own
    setup.choices = constraints.validValues();
    setup.range = constraints.range(kind == ValueEditor::Kind::Integer);
    ValueEditor *editor = ValueEditorFactory::create(kind, setup, m_ui->defaultBox, this);
    if (editor && !value.isNull() && !editor->fits(value)) {
        // A value the typed editor cannot show (a function, a list) stays YAML text.
        qDeleteAll(editor->widgets());
        delete editor;
        return nullptr;
    }
    if (editor)
        editor->display(value, tr("none"));
    return editor;
}

void InputDialog::accept()
{
    if (!m_document)
        return QDialog::reject();
    const auto refuse = [this](const QString &reason) {
        m_ui->error->setText(reason);
        m_ui->error->show();
    };
    // Enter on the default's spin box reaches OK before the box has read its own text.
    if (auto *spin = m_typedDefault
                         ? qobject_cast<QAbstractSpinBox *>(m_typedDefault->focusWidget())
                         : nullptr)
        spin->interpretText();
    PropertyDefinition input;
    if (const PropertyDefinition *existing = findDefinition(m_document->topology().inputs, m_input))
        input = *existing; // constraints and what the dialog does not show are kept
    input.name = m_ui->name->text().trimmed();
    input.type = m_ui->type->currentText().trimmed();
    input.required = m_ui->required->isChecked();
    input.description = m_ui->description->text().trimmed();
    QString error;
    if (!readDefault(&input.defaultValue, &error))
        return refuse(error);
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
