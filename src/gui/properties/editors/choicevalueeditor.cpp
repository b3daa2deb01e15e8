// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/choicevalueeditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace Topologist {

ChoiceValueEditor::ChoiceValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_combo(new QComboBox(box))
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(6);
    // The default shows as placeholder text: it must not widen the field (the combo elides).
    m_combo->setMinimumWidth(m_combo->minimumSizeHint().width());
    for (const Value &choice : setup.choices)
        m_combo->addItem(choice.toDisplayString());
    connect(m_combo, &QComboBox::activated, this, &ValueEditor::chosen);
    static_cast<QHBoxLayout *>(box->layout())->addWidget(m_combo);
}

QWidget *ChoiceValueEditor::focusWidget() const
{
    return m_combo;
}

QList<QWidget *> ChoiceValueEditor::widgets() const
{
    return {m_combo};
}

void ChoiceValueEditor::display(const Value &value, const QString &placeholder)
{
    m_shown = value;
    const QList<Value> &choices = setup().choices;
    while (m_combo->count() > choices.size())
        m_combo->removeItem(m_combo->count() - 1);
    const bool set = !value.isNull();
    int index = -1;
    for (int i = 0; set && i < choices.size(); ++i) {
        if (choices[i].isScalar() && choices[i].text() == value.text())
            index = i;
    }
    if (set && index < 0) {
        m_combo->addItem(value.toDisplayString());
        index = m_combo->count() - 1;
    }
    m_combo->setPlaceholderText(placeholder);
    m_combo->setCurrentIndex(index);
}

Value ChoiceValueEditor::value(bool *ok) const
{
    *ok = true;
    const int index = m_combo->currentIndex();
    if (index < 0)
        return Value();
    return index < setup().choices.size() ? setup().choices[index] : m_shown;
}

} // namespace Topologist
