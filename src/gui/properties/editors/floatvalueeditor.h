// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

namespace Topologist {

class FloatField;

/// A spin field for decimals, bounded by the comparison constraints, keeping the digits the
/// user wrote.
class FloatValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    FloatValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override;
    void display(const Value &value, const QString &placeholder) override;
    Value value(bool *ok) const override;

private:
    FloatField *m_field;
    double m_minimum;
    double m_maximum;
};

} // namespace Topologist
