// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "properties/editors/valueeditor.h"
#include "properties/propertytarget.h"
#include "support/severity.h"
#include "types/propertydefinition.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;
class QWidget;

namespace Topologist {

class FloatField;
class IntegerField;
class PropertyConstraints;
class TypeRegistry;

/// One property in the property editor: its label, an editor fitting its TOSCA type and
/// constraints, a function menu (plain value, YAML expression, get_input), a reset-to-default
/// button and an inline message line, laid out in two rows of a section's grid.
///
/// The row never touches the document: it shows the value it is given (setValue) and asks for
/// changes (commitRequested, resetRequested). It remembers the value it last committed, so
/// that the document's echo of the user's own edit does not reset the text being typed.
class PropertyRow : public QObject
{
    Q_OBJECT

public:
    /// The editor a TOSCA type and its constraints call for (ValueEditorFactory decides).
    using Editor = ValueEditor::Kind;

    /// Milliseconds of typing pause after which a line edit commits.
    static constexpr int CommitDelay = 300;

    /// Adds the row's widgets to `grid` from row `*gridRow` on (advancing it); `depth` indents
    /// fields of data types. `defaultValue` is the value that applies when none is set.
    PropertyRow(const PropertyDefinition &definition,
                const PropertyTarget &target,
                const Value &defaultValue,
                const TypeRegistry &types,
                QGridLayout *grid,
                int *gridRow,
                int depth = 0,
                QObject *parent = nullptr);
    ~PropertyRow() override;

    const PropertyTarget &target() const { return m_target; }
    const PropertyDefinition &definition() const { return m_definition; }
    Editor editor() const { return m_editor; }
    /// The rows of a data type's fields.
    const QList<PropertyRow *> &children() const { return m_children; }

    /// Shows the document's value (null when the property is not set). Keeps what the user is
    /// typing when the value is the one this row committed.
    void setValue(const Value &value);
    const Value &value() const { return m_value; }
    bool isSet() const { return !m_value.isNull(); }

    /// The document's problems for this value (severity, message); replaced on every call.
    void setProblems(const QList<QPair<Severity, QString>> &problems);
    /// Whether a problem of this value has quick fixes: a bulb beside the message offers them
    /// (fixesRequested).
    void setFixable(bool fixable);
    QToolButton *fixButton() const { return m_fixButton; }
    /// The message line as shown (a problem, or what the checker says about the typed text).
    QString message() const;
    bool hasErrorMark() const { return m_errorMark; }

    /// Where the topology's inputs come from, for "Use input".
    void setInputsProvider(std::function<QList<QPair<QString, QString>>()> provider)
    {
        m_inputs = std::move(provider);
    }

    /// True when the value is edited as YAML text (a function, a value the typed editor cannot
    /// show, or the user asked for it).
    bool isExpressionMode() const { return m_expressionMode; }
    /// As the function menu does: switch between the typed editor and YAML text.
    void setExpressionMode(bool expression);
    /// Commits what is typed now instead of after the pause.
    void flush();

    QWidget *label() const;
    /// The editor the user currently types into (typed editor or expression line).
    QWidget *field() const;
    /// The typed editor's widgets, each null unless the row has that kind of editor.
    QLineEdit *lineEdit() const;
    QComboBox *comboBox() const;
    IntegerField *integerField() const;
    FloatField *floatField() const;
    QCheckBox *checkBox() const;
    QLineEdit *unitNumber() const;
    QComboBox *unitCombo() const;
    QLineEdit *expressionEdit() const { return m_expression; }
    QToolButton *functionButton() const { return m_functionButton; }
    QToolButton *resetButton() const { return m_resetButton; }
    /// The function menu (plain value, expression, Use Input, reset), made on first use.
    QMenu *functionMenu();

    void setRowVisible(bool visible);
    /// Width the label needs, to align labels of all sections.
    int labelWidthHint() const;

signals:
    void commitRequested(const Value &value);
    /// The bulb was clicked: the editor offers the fixes of this value's problems.
    void fixesRequested();
    void resetRequested();
    /// "Set as Input": the property should take a new input made from it.
    void setAsInputRequested();
    /// "Unset Input": the property should take a plain value again.
    void unsetInputRequested();

private:
    void createLabel(const Constraints &constraints);
    QString labelToolTip(const Constraints &constraints) const;
    void createFieldBox(const PropertyConstraints &constraints);
    void createButtons();
    void createFieldRows(int *gridRow);
    void createExpressionEditor();
    void display();
    void displayTyped();
    void updateFixButton();
    void updateChrome();
    void updateMessage();
    bool fitsTypedEditor(const Value &value) const;
    QString placeholder() const;
    void startTyping();
    void commitTyped();
    void commitExpression();
    void commit(const Value &value);
    void requestReset();
    Value typedValue(bool *ok) const;
    QStringList check(const Value &value) const;
    void showLiveMessages(const QStringList &messages);
    void populateInputMenu(QMenu *menu);
    void addInputActions(QMenu *menu);
    bool takesInput() const;
    void childCommitted(PropertyRow *child, const Value &value);
    void childReset(PropertyRow *child);

    PropertyDefinition m_definition;
    PropertyTarget m_target;
    Value m_default;
    const TypeRegistry &m_types;
    QString m_primitive;
    Editor m_editor = Editor::Text;
    int m_depth = 0;

    QGridLayout *m_grid;
    int m_row = 0;
    QLabel *m_label = nullptr;
    QWidget *m_box = nullptr;
    /// Null for Editor::Yaml: the expression line is the only editor then.
    ValueEditor *m_typed = nullptr;
    QLineEdit *m_expression = nullptr;
    QToolButton *m_functionButton = nullptr;
    QMenu *m_functionMenu = nullptr;
    QToolButton *m_resetButton = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_fixButton = nullptr;
    bool m_fixable = false;
    QTimer *m_timer = nullptr;
    QList<PropertyRow *> m_children;

    Value m_value;
    bool m_expressionMode = false;
    bool m_userExpressionMode = false;
    bool m_pending = false;
    bool m_updating = false;
    bool m_errorMark = false;
    bool m_markShown = false;
    bool m_functionFont = false;
    bool m_visible = true;
    QList<QPair<Severity, QString>> m_problems;
    QStringList m_liveMessages;
    bool m_live = false;
    std::function<QList<QPair<QString, QString>>()> m_inputs;
};

} // namespace Topologist
