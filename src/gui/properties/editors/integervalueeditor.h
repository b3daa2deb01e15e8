// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

namespace Topologist {

class IntegerField;

/// A spin field bounded by the comparison constraints, with an unset state showing the default.
class IntegerValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    IntegerValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override;
    void display(const Value &value, const QString &placeholder) override;
    Value value(bool *ok) const override;

private:
    IntegerField *m_field;
    qint64 m_minimum;
    qint64 m_maximum;
};

} // namespace Topologist
