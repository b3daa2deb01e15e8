// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/integervalueeditor.h"

#include "properties/integerfield.h"

#include <QHBoxLayout>
#include <QRegularExpression>

#include <limits>

namespace Topologist {

IntegerValueEditor::IntegerValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_field(new IntegerField(box))
    , m_minimum(qint64(qMax(setup.range.low, double(std::numeric_limits<int>::min()))))
    , m_maximum(qint64(qMin(setup.range.high, double(std::numeric_limits<int>::max()))))
{
    m_field->setRange(int(m_minimum), int(m_maximum));
    connect(m_field, &IntegerField::valueChosen, this, &ValueEditor::chosen);
    connect(m_field, &IntegerField::unsetChosen, this, &ValueEditor::unsetChosen);
    static_cast<QHBoxLayout *>(box->layout())->addWidget(m_field);
}

QWidget *IntegerValueEditor::focusWidget() const
{
    return m_field;
}

QList<QWidget *> IntegerValueEditor::widgets() const
{
    return {m_field};
}

bool IntegerValueEditor::fits(const Value &value) const
{
    static const QRegularExpression integer(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
    if (!value.isScalar() || !integer.match(value.text()).hasMatch())
        return false;
    bool ok = false;
    const qint64 i = value.text().trimmed().toLongLong(&ok);
    return ok && i >= m_minimum && i <= m_maximum;
}

void IntegerValueEditor::display(const Value &value, const QString &placeholder)
{
    if (!value.isNull()) {
        m_field->showValue(value.text().trimmed().toInt());
        return;
    }
    const Value &fallback = setup().defaultValue;
    bool ok = false;
    int base = fallback.isScalar() ? fallback.text().trimmed().toInt(&ok) : 0;
    if (!ok)
        base = 0;
    m_field->showUnset(int(qBound(m_minimum, qint64(base), m_maximum)), placeholder);
}

Value IntegerValueEditor::value(bool *ok) const
{
    *ok = true;
    return m_field->isUnset() ? Value() : Value::scalar(QString::number(m_field->value()));
}

} // namespace Topologist
