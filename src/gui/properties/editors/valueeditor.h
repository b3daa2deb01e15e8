// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "types/propertyconstraints.h"

#include <QList>
#include <QObject>
#include <QString>

class QHBoxLayout;
class QWidget;

namespace Topologist {

/// The typed editor of a property row, one kind per TOSCA type (text, choice, integer, ...),
/// made by ValueEditorFactory. It shows a value and reads back what the user entered; the row
/// decides when to commit, and owns the YAML expression editor, the function menu and the
/// messages. A value it cannot show (a function, a list in a text field) the row shows as YAML.
class ValueEditor : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Text, Choice, Integer, Float, Boolean, ScalarUnit, Yaml, Group };

    /// What an editor is made from.
    struct Setup
    {
        /// The property's TOSCA type, and the primitive it is (`integer`, `scalar-unit.size`).
        QString type;
        QString primitive;
        /// A required property has no "not set" state in editors that show one.
        bool required = true;
        /// The value that applies when none is set (shown greyed, or as the unset state).
        Value defaultValue;
        /// valid_values, for choices.
        QList<Value> choices;
        /// What the comparison constraints allow, for numbers.
        PropertyConstraints::Range range;
    };

    explicit ValueEditor(const Setup &setup, QObject *parent = nullptr);

    /// The widget that takes the focus (and the label's buddy).
    virtual QWidget *focusWidget() const = 0;
    /// All its widgets, shown and hidden together.
    virtual QList<QWidget *> widgets() const = 0;
    /// Whether it can show `value` as it is (not null, not a function).
    virtual bool fits(const Value &value) const = 0;
    /// Shows `value`; null shows the unset state with `placeholder` and the default.
    virtual void display(const Value &value, const QString &placeholder) = 0;
    /// What the user entered; null when cleared. `ok` is false when it is not a value at all
    /// (invalidReason() says why).
    virtual Value value(bool *ok) const = 0;
    virtual QString invalidReason() const { return QString(); }

signals:
    /// The user types: commit after a pause.
    void typed();
    /// Typing ended (focus left, Enter): commit now.
    void finished();
    /// The user picked a complete value (an item, a step, a click): commit now.
    void chosen();
    /// The user asked for no value.
    void unsetChosen();

protected:
    const Setup &setup() const { return m_setup; }

private:
    Setup m_setup;
};

} // namespace Topologist
