// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

class QLabel;

namespace Topologist {

/// The line of a complex data type: its short type name. Its fields are rows of their own,
/// indented below it.
class GroupValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    GroupValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override { return value.isMap(); }
    void display(const Value &value, const QString &) override { m_shown = value; }
    Value value(bool *ok) const override;

private:
    QLabel *m_summary;
    Value m_shown;
};

} // namespace Topologist
