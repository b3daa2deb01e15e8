// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/floatfield.h"

#include "properties/compactspinsize.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace Topologist {

FloatField::FloatField(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    // Values commit when confirmed (Enter, focus out) or stepped, not on every digit.
    setKeyboardTracking(false);
    setLocale(QLocale::c());
    // A spin box will not shrink below its size hint (made for the whole range): this one may,
    // down to compactSpinSize, so that a narrow Properties panel does not scroll sideways.
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
    setDecimals(9);
    connect(this, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_quiet || m_unset)
            return;
        m_typedOverUnset = false;
        emit valueChosen(value);
    });
    connect(lineEdit(), &QLineEdit::inputRejected, this, &FloatField::refuseInput);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_unset && !text.isEmpty()) {
            // Typing over the placeholder sets the value; from now on the text is the value.
            m_unset = false;
            m_typedOverUnset = true;
            lineEdit()->setPlaceholderText(QString());
        }
    });
}

void FloatField::showValue(double value)
{
    m_quiet = true;
    const bool wasUnset = m_unset;
    m_unset = false;
    m_typedOverUnset = false;
    setValue(value);
    if (wasUnset)
        refreshText();
    lineEdit()->setPlaceholderText(QString());
    m_quiet = false;
}

void FloatField::showUnset(double base, const QString &placeholder)
{
    m_quiet = true;
    m_unset = true;
    m_typedOverUnset = false;
    setValue(base);
    refreshText();
    lineEdit()->setPlaceholderText(placeholder);
    m_quiet = false;
}

void FloatField::refreshText()
{
    // setSuffix re-renders the text from the current value even when the value is unchanged.
    setSuffix(suffix());
}

void FloatField::stepBy(int steps)
{
    if (m_unset) {
        // Step from the default the placeholder shows, not from wherever the range starts.
        const double base = value();
        m_unset = false;
        m_quiet = true;
        lineEdit()->setPlaceholderText(QString());
        refreshText();
        m_quiet = false;
        QDoubleSpinBox::stepBy(steps);
        if (value() == base) // at a bound: the step changed nothing, but the value is now set
            emit valueChosen(base);
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

QString FloatField::textFromValue(double value) const
{
    if (m_unset)
        return QString();
    bool ok = false;
    const double source = m_sourceText.toDouble(&ok);
    if (ok && source == value)
        return m_sourceText;
    // No trailing zeros: 0.25, not 0.250000000. No exponent either: the validator refuses it.
    QString text = QString::number(value, 'f', decimals());
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

double FloatField::valueFromText(const QString &text) const
{
    return text.isEmpty() ? value() : QDoubleSpinBox::valueFromText(text);
}

QValidator::State FloatField::validate(QString &text, int &pos) const
{
    if (text.isEmpty())
        return QValidator::Acceptable; // empty means "not set"
    return QDoubleSpinBox::validate(text, pos);
}

void FloatField::refuseInput()
{
    const QString reason = tr("Only a number can go here, such as 1.5 or 2e3");
    QToolTip::showText(mapToGlobal(QPoint(0, height())), reason, this);
    emit inputRefused(reason);
}

void FloatField::beforeConfirm()
{
    m_clearing = !m_unset && lineEdit()->text().isEmpty();
}

void FloatField::afterConfirm()
{
    if (m_clearing) {
        m_clearing = false;
        emit unsetChosen();
        return;
    }
    if (m_typedOverUnset) {
        // The typed value equals the default shown before, so valueChanged stayed silent.
        m_typedOverUnset = false;
        emit valueChosen(value());
    }
}

void FloatField::keyPressEvent(QKeyEvent *event)
{
    const bool confirm = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (confirm)
        beforeConfirm();
    QDoubleSpinBox::keyPressEvent(event);
    if (confirm)
        afterConfirm();
}

void FloatField::focusOutEvent(QFocusEvent *event)
{
    beforeConfirm();
    QDoubleSpinBox::focusOutEvent(event);
    afterConfirm();
}

QSize FloatField::minimumSizeHint() const
{
    return compactSpinSize(QDoubleSpinBox::minimumSizeHint(), fontMetrics());
}

} // namespace Topologist
