// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/floatvalueeditor.h"

#include "properties/floatfield.h"

#include <QHBoxLayout>

namespace Topologist {

FloatValueEditor::FloatValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_field(new FloatField(box))
    // A spin box cannot take ±max double; no property means a number this big.
    , m_minimum(qMax(setup.range.low, -1e15))
    , m_maximum(qMin(setup.range.high, 1e15))
{
    m_field->setRange(m_minimum, m_maximum);
    connect(m_field, &FloatField::valueChosen, this, &ValueEditor::chosen);
    connect(m_field, &FloatField::unsetChosen, this, &ValueEditor::unsetChosen);
    static_cast<QHBoxLayout *>(box->layout())->addWidget(m_field);
}

QWidget *FloatValueEditor::focusWidget() const
{
    return m_field;
}

QList<QWidget *> FloatValueEditor::widgets() const
{
    return {m_field};
}

bool FloatValueEditor::fits(const Value &value) const
{
    bool ok = false;
    const double d = value.isScalar() ? value.text().trimmed().toDouble(&ok) : 0;
    return ok && d >= m_minimum && d <= m_maximum;
}

void FloatValueEditor::display(const Value &value, const QString &placeholder)
{
    if (!value.isNull()) {
        m_field->setSourceText(value.text().trimmed());
        m_field->showValue(value.text().trimmed().toDouble());
        return;
    }
    const Value &fallback = setup().defaultValue;
    bool ok = false;
    double base = fallback.isScalar() ? fallback.text().trimmed().toDouble(&ok) : 0;
    if (!ok)
        base = 0;
    m_field->setSourceText(fallback.isScalar() ? fallback.text().trimmed() : QString());
    m_field->showUnset(qBound(m_minimum, base, m_maximum), placeholder);
}

Value FloatValueEditor::value(bool *ok) const
{
    *ok = true;
    return m_field->isUnset() ? Value() : Value::scalar(m_field->cleanText());
}

} // namespace Topologist
