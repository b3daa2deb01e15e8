// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

class QComboBox;

namespace Topologist {

/// A combo box of the valid_values. A value outside them is shown as an extra item (the
/// message line says why it is wrong), so that picking a valid one is one click.
class ChoiceValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    ChoiceValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override { return value.isScalar(); }
    void display(const Value &value, const QString &placeholder) override;
    Value value(bool *ok) const override;

private:
    QComboBox *m_combo;
    Value m_shown;
};

} // namespace Topologist
