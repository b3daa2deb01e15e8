// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"
#include "types/scalarunit.h"

class QComboBox;
class QLineEdit;

namespace Topologist {

/// A number and a unit of the scalar-unit's kind (`4096` `MB`).
class ScalarUnitValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    ScalarUnitValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override;
    void display(const Value &value, const QString &placeholder) override;
    Value value(bool *ok) const override;
    QString invalidReason() const override;

    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *unitCombo() const { return m_unit; }

private:
    bool split(const Value &value, QString *number, QString *unit) const;

    ScalarUnit::Kind m_kind = ScalarUnit::Kind::Size;
    QLineEdit *m_number;
    QComboBox *m_unit;
};

} // namespace Topologist
