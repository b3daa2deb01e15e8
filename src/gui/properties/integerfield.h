// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace Topologist {

/// A spin box that can also be "not set": then it is empty and shows the default as a
/// placeholder, like the property editor's line edits. Stepping from the unset state starts at
/// the default; clearing the text and pressing Enter asks to unset the value again.
class IntegerField : public QSpinBox
{
    Q_OBJECT

public:
    explicit IntegerField(QWidget *parent = nullptr);

    /// Shows `value` as set, without emitting anything.
    void showValue(int value);
    /// Shows the unset state: empty, with `placeholder`; steps start at `base`.
    void showUnset(int base, const QString &placeholder);
    bool isUnset() const { return m_unset; }

    void stepBy(int steps) override;
    QSize minimumSizeHint() const override;

signals:
    /// The user chose a value (arrows, wheel, or typed and confirmed).
    void valueChosen(int value);
    /// The user emptied the field and confirmed.
    void unsetChosen();
    /// A key was refused (a letter in a number): `reason` says what the field takes. It is
    /// also shown next to the field.
    void inputRefused(const QString &reason);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void refuseInput();
    void beforeConfirm();
    void afterConfirm();
    void refreshText();

    bool m_unset = false;
    bool m_quiet = false;
    bool m_typedOverUnset = false;
    bool m_clearing = false;
};

} // namespace Topologist
