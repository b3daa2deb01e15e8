// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/booleanvalueeditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace Topologist {

namespace {

bool isTrue(const Value &value)
{
    return value.isScalar()
           && value.text().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool isFalse(const Value &value)
{
    return value.isScalar()
           && value.text().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

} // namespace

BooleanValueEditor::BooleanValueEditor(const Setup &setup, QWidget *box, QObject *parent)
    : ValueEditor(setup, parent)
    , m_check(new QCheckBox(box))
{
    m_check->setTristate(!setup.required);
    connect(m_check, &QCheckBox::clicked, this, &BooleanValueEditor::onClicked);
    auto *layout = static_cast<QHBoxLayout *>(box->layout());
    layout->addWidget(m_check);
    layout->addStretch(1); // the check box's text is its click target, not the whole row
}

QWidget *BooleanValueEditor::focusWidget() const
{
    return m_check;
}

QList<QWidget *> BooleanValueEditor::widgets() const
{
    return {m_check};
}

bool BooleanValueEditor::fits(const Value &value) const
{
    return isTrue(value) || isFalse(value);
}

void BooleanValueEditor::display(const Value &value, const QString &)
{
    const bool set = !value.isNull();
    if (set) {
        const bool on = isTrue(value);
        m_check->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        m_check->setText(on ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        const Value &fallback = setup().defaultValue;
        m_check->setCheckState(m_check->isTristate() ? Qt::PartiallyChecked
                               : isTrue(fallback)    ? Qt::Checked
                                                     : Qt::Unchecked);
        m_check->setText(fallback.isNull() ? tr("not set")
                                           : tr("default: %1").arg(fallback.toDisplayString()));
    }
    m_check->setForegroundRole(set ? QPalette::WindowText : QPalette::PlaceholderText);
}

Value BooleanValueEditor::value(bool *ok) const
{
    *ok = true;
    if (m_check->checkState() == Qt::PartiallyChecked)
        return Value();
    return Value::scalar(m_check->checkState() == Qt::Checked ? QStringLiteral("true")
                                                              : QStringLiteral("false"));
}

void BooleanValueEditor::onClicked()
{
    emit chosen();
    // Its text says what it now is: true, false or the default.
    bool ok = true;
    display(value(&ok), QString());
}

} // namespace Topologist
