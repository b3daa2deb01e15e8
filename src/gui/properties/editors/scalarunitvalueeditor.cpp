// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/scalarunitvalueeditor.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>

namespace Topologist {

ScalarUnitValueEditor::ScalarUnitValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_number(new QLineEdit(box))
    , m_unit(new QComboBox(box))
{
    ScalarUnit::kindForType(setup.primitive, &m_kind);
    auto *validator = new QDoubleValidator(m_number);
    validator->setLocale(QLocale::c());
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_number->setValidator(validator);
    m_unit->addItems(ScalarUnit::units(m_kind));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_number, &QLineEdit::textEdited, this, &ValueEditor::typed);
    connect(m_number, &QLineEdit::editingFinished, this, &ValueEditor::finished);
    connect(m_unit, &QComboBox::activated, this, [this] {
        if (!m_number->text().trimmed().isEmpty())
            emit chosen();
    });
    auto *layout = static_cast<QHBoxLayout *>(box->layout());
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);
}

QWidget *ScalarUnitValueEditor::focusWidget() const
{
    return m_number;
}

QList<QWidget *> ScalarUnitValueEditor::widgets() const
{
    return {m_number, m_unit};
}

bool ScalarUnitValueEditor::split(const Value &value, QString *number, QString *unit) const
{
    return value.isScalar() && ScalarUnit::split(value.text(), m_kind, number, unit);
}

bool ScalarUnitValueEditor::fits(const Value &value) const
{
    QString number;
    QString unit;
    return split(value, &number, &unit);
}

void ScalarUnitValueEditor::display(const Value &value, const QString &placeholder)
{
    QString number;
    QString unit;
    if (split(value, &number, &unit)) {
        if (m_number->text() != number)
            m_number->setText(number);
        m_number->setPlaceholderText(QString());
        m_unit->setCurrentText(unit);
        return;
    }
    m_number->clear();
    if (split(setup().defaultValue, &number, &unit)) {
        m_number->setPlaceholderText(number);
        m_unit->setCurrentText(unit);
    } else {
        m_number->setPlaceholderText(placeholder);
        m_unit->setCurrentText(ScalarUnit::usualUnit(m_kind));
    }
}

Value ScalarUnitValueEditor::value(bool *ok) const
{
    *ok = true;
    const QString number = m_number->text().trimmed();
    if (number.isEmpty())
        return Value();
    number.toDouble(ok);
    if (!*ok)
        return Value();
    return Value::scalar(number + QLatin1Char(' ') + m_unit->currentText());
}

QString ScalarUnitValueEditor::invalidReason() const
{
    return tr("'%1' is not a number").arg(m_number->text());
}

} // namespace Topologist
