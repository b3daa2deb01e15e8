// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace Topologist {

/// A floating-point spin box that can also be "not set": then it is empty and shows the default as
/// a placeholder, like the property editor's line edits. Stepping from the unset state starts at
/// the default; clearing the text and pressing Enter asks to unset the value again.
class FloatField : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit FloatField(QWidget *parent = nullptr);

    /// Shows `value` as set, without emitting anything.
    void showValue(double value);
    /// Shows the unset state: empty, with `placeholder`; steps start at `base`.
    void showUnset(double base, const QString &placeholder);
    bool isUnset() const { return m_unset; }
    /// Text to show for the value it was written as (`1.0` stays `1.0`, not `1`).
    void setSourceText(const QString &text) { m_sourceText = text; }

    void stepBy(int steps) override;
    QSize minimumSizeHint() const override;

signals:
    /// The user chose a value (arrows, wheel, or typed and confirmed).
    void valueChosen(double value);
    /// The user emptied the field and confirmed.
    void unsetChosen();
    /// A key was refused (a letter in a number): `reason` says what the field takes. It is
    /// also shown next to the field.
    void inputRefused(const QString &reason);

protected:
    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
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
    QString m_sourceText;
};

} // namespace Topologist
