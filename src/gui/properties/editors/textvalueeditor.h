// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

class QLineEdit;

namespace Topologist {

/// A line edit, for strings, versions and timestamps.
class TextValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    TextValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override { return value.isScalar(); }
    void display(const Value &value, const QString &placeholder) override;
    Value value(bool *ok) const override;

private:
    QLineEdit *m_line;
};

} // namespace Topologist
