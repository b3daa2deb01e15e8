// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/integerfield.h"

#include "properties/compactspinsize.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

#include <limits>

namespace Topologist {

IntegerField::IntegerField(QWidget *parent)
    : QSpinBox(parent)
{
    // Values commit when confirmed (Enter, focus out) or stepped, not on every digit.
    setKeyboardTracking(false);
    setLocale(QLocale::c());
    // A spin box will not shrink below its size hint (made for the whole range): this one may,
    // down to compactSpinSize, so that a narrow Properties panel does not scroll sideways.
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
    connect(this, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_quiet || m_unset)
            return;
        m_typedOverUnset = false;
        emit valueChosen(value);
    });
    connect(lineEdit(), &QLineEdit::inputRejected, this, &IntegerField::refuseInput);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_unset && !text.isEmpty()) {
            // Typing over the placeholder sets the value; from now on the text is the value.
            m_unset = false;
            m_typedOverUnset = true;
            lineEdit()->setPlaceholderText(QString());
        }
    });
}

void IntegerField::showValue(int value)
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

void IntegerField::showUnset(int base, const QString &placeholder)
{
    m_quiet = true;
    m_unset = true;
    m_typedOverUnset = false;
    setValue(base);
    refreshText();
    lineEdit()->setPlaceholderText(placeholder);
    m_quiet = false;
}

void IntegerField::refreshText()
{
    // setSuffix re-renders the text from the current value even when the value is unchanged.
    setSuffix(suffix());
}

void IntegerField::stepBy(int steps)
{
    if (m_unset) {
        // Step from the default the placeholder shows, not from wherever the range starts.
        const int base = value();
        m_unset = false;
        m_quiet = true;
        lineEdit()->setPlaceholderText(QString());
        refreshText();
        m_quiet = false;
        QSpinBox::stepBy(steps);
        if (value() == base) // at a bound: the step changed nothing, but the value is now set
            emit valueChosen(base);
        return;
    }
    QSpinBox::stepBy(steps);
}

QString IntegerField::textFromValue(int value) const
{
    return m_unset ? QString() : QSpinBox::textFromValue(value);
}

int IntegerField::valueFromText(const QString &text) const
{
    return text.isEmpty() ? value() : QSpinBox::valueFromText(text);
}

QValidator::State IntegerField::validate(QString &text, int &pos) const
{
    if (text.isEmpty())
        return QValidator::Acceptable; // empty means "not set"
    return QSpinBox::validate(text, pos);
}

void IntegerField::refuseInput()
{
    const bool bounded = minimum() > std::numeric_limits<int>::min()
                         || maximum() < std::numeric_limits<int>::max();
    const QString reason
        = bounded ? tr("Only a whole number from %1 to %2 can go here")
                        .arg(locale().toString(minimum()), locale().toString(maximum()))
                  : tr("Only a whole number can go here");
    QToolTip::showText(mapToGlobal(QPoint(0, height())), reason, this);
    emit inputRefused(reason);
}

void IntegerField::beforeConfirm()
{
    m_clearing = !m_unset && lineEdit()->text().isEmpty();
}

void IntegerField::afterConfirm()
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

void IntegerField::keyPressEvent(QKeyEvent *event)
{
    const bool confirm = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (confirm)
        beforeConfirm();
    QSpinBox::keyPressEvent(event);
    if (confirm)
        afterConfirm();
}

void IntegerField::focusOutEvent(QFocusEvent *event)
{
    beforeConfirm();
    QSpinBox::focusOutEvent(event);
    afterConfirm();
}

QSize IntegerField::minimumSizeHint() const
{
    return compactSpinSize(QSpinBox::minimumSizeHint(), fontMetrics());
}

} // namespace Topologist
