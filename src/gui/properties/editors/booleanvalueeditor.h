// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

class QCheckBox;

namespace Topologist {

/// A check box whose text says true, false or the default. An optional property has a third,
/// unset state.
class BooleanValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    BooleanValueEditor(const Setup &setup, QWidget *box, QObject *parent = nullptr);

    QWidget *focusWidget() const override;
    QList<QWidget *> widgets() const override;
    bool fits(const Value &value) const override;
    void display(const Value &value, const QString &placeholder) override;
    Value value(bool *ok) const override;

private:
    void onClicked();

    QCheckBox *m_check;
};

} // namespace Topologist
