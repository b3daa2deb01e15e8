// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/propertyrow.h"

#include "plaintext.h"
#include "properties/elidedlabel.h"

#include "icons.h"
#include "problems/severityicons.h"
#include "properties/editors/scalarunitvalueeditor.h"
#include "properties/editors/valueeditorfactory.h"
#include "properties/floatfield.h"
#include "properties/integerfield.h"
#include "properties/valuetext.h"
#include "statuscolors.h"
#include "types/propertyconstraints.h"
#include "types/typeregistry.h"
#include "types/valuechecker.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPoint>
#include <QTimer>
#include <QToolButton>

namespace Topologist {

namespace {

constexpr int FieldIndent = 14;

bool scalarsEqual(const Value &a, const Value &b)
{
    return a == b && (!a.isScalar() || a.isQuoted() == b.isQuoted());
}

} // namespace

PropertyRow::PropertyRow(const PropertyDefinition &definition,
                         const PropertyTarget &target,
                         const Value &defaultValue,
                         const TypeRegistry &types,
                         QGridLayout *grid,
                         int *gridRow,
                         int depth,
                         QObject *parent)
    : QObject(parent)
    , m_definition(definition)
    , m_target(target)
    , m_default(defaultValue)
    , m_types(types)
    , m_depth(depth)
    , m_grid(grid)
    , m_row(*gridRow)
{
    const PropertyConstraints constraints(definition, types);
    m_primitive = constraints.primitive();
    m_editor = ValueEditorFactory::kindFor(definition, constraints, types, depth);
    createLabel(constraints.all());
    createFieldBox(constraints);
    createButtons();
    grid->addWidget(m_label, m_row, 0);
    grid->addWidget(m_box, m_row, 1);
    grid->addWidget(m_functionButton, m_row, 2);
    grid->addWidget(m_resetButton, m_row, 3);
    *gridRow = m_row + 2; // the next row holds the message line, created when needed
    if (m_editor == Editor::Group)
        createFieldRows(gridRow);
    display();
}

void PropertyRow::createLabel(const Constraints &constraints)
{
    m_label = new ElidedLabel(m_target.path.isEmpty() ? m_target.property : m_target.path.last(),
                              m_grid->parentWidget());
    m_label->setTextFormat(Qt::PlainText);
    m_label->setContentsMargins(m_depth * FieldIndent, 0, 0, 0);
    m_label->setToolTip(labelToolTip(constraints));
    if (m_definition.type.isEmpty()) {
        QFont font = m_label->font();
        font.setItalic(true);
        m_label->setFont(font);
    } else if (m_definition.required) {
        QFont font = m_label->font();
        font.setBold(true);
        m_label->setFont(font);
        if (!m_definition.hasDefault() && m_default.isNull())
            m_label->setText(m_label->text() + QStringLiteral(" *"));
    }
}

QString PropertyRow::labelToolTip(const Constraints &constraints) const
{
    QString tip = QStringLiteral("<b>%1</b> : %2")
                      .arg(m_label->text().toHtmlEscaped(),
                           m_definition.type.isEmpty() ? tr("not declared by the type")
                                                       : m_definition.type.toHtmlEscaped());
    if (!m_definition.description.isEmpty())
        tip += QStringLiteral("<br>") + m_definition.description.trimmed().toHtmlEscaped();
    QStringList facts;
    if (m_definition.type.isEmpty())
        facts << tr("Alien4Cloud rejects properties the type does not declare");
    else if (m_definition.required)
        facts << (m_definition.hasDefault() || !m_default.isNull()
                      ? tr("Required (the default applies when not set)")
                      : tr("Required"));
    else
        facts << tr("Optional");
    if (!m_default.isNull())
        facts << tr("default: %1").arg(m_default.toDisplayString().toHtmlEscaped());
    for (const Constraint &c : constraints)
        facts << c.toString().toHtmlEscaped();
    return tip + QStringLiteral("<br><i>") + facts.join(QStringLiteral(" · "))
           + QStringLiteral("</i>");
}

void PropertyRow::createFieldBox(const PropertyConstraints &constraints)
{
    m_box = new QWidget(m_grid->parentWidget());
    auto *boxLayout = new QHBoxLayout(m_box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(4);
    ValueEditor::Setup setup;
    setup.type = m_definition.type;
    setup.primitive = m_primitive;
    setup.required = m_definition.required;
    setup.defaultValue = m_default;
    setup.choices = constraints.validValues();
    setup.range = constraints.range(m_editor == Editor::Integer);
    m_typed = ValueEditorFactory::create(m_editor, setup, m_box, this);
    if (m_typed) {
        connect(m_typed, &ValueEditor::typed, this, &PropertyRow::startTyping);
        connect(m_typed, &ValueEditor::finished, this, &PropertyRow::flush);
        connect(m_typed, &ValueEditor::chosen, this, [this] {
            if (!m_updating)
                commitTyped();
        });
        connect(m_typed, &ValueEditor::unsetChosen, this, &PropertyRow::requestReset);
    } else {
        createExpressionEditor();
    }
    m_label->setBuddy(field());
}

void PropertyRow::createButtons()
{
    QWidget *parentWidget = m_grid->parentWidget();
    m_functionButton = new QToolButton(parentWidget);
    m_functionButton->setText(QStringLiteral("ƒx"));
    QFont functionFont = m_functionButton->font();
    functionFont.setItalic(true);
    m_functionButton->setFont(functionFont);
    m_functionButton->setAutoRaise(true);
    m_functionButton->setCheckable(true);
    m_functionButton->setFocusPolicy(Qt::NoFocus);
    m_functionButton->setToolTip(
        tr("Value or TOSCA function (get_input, get_property, concat, ...)"));
    // The menu is made on first use: two menus per row would double the time to show a node.
    connect(m_functionButton, &QToolButton::clicked, this, [this] {
        m_functionButton->setChecked(m_expressionMode || m_value.containsFunction());
        functionMenu()->popup(m_functionButton->mapToGlobal(QPoint(0, m_functionButton->height())));
    });

    m_resetButton = new QToolButton(parentWidget);
    const QIcon revert = Icons::revert();
    if (revert.isNull())
        m_resetButton->setText(QStringLiteral("↺"));
    else
        m_resetButton->setIcon(revert);
    m_resetButton->setAutoRaise(true);
    m_resetButton->setFocusPolicy(Qt::NoFocus);
    m_resetButton->setToolTip(
        m_default.isNull() ? tr("Remove the value")
                           : tr("Reset to the default (%1)").arg(m_default.toDisplayString()));
    QSizePolicy policy = m_resetButton->sizePolicy();
    policy.setRetainSizeWhenHidden(true); // keeps the fields of all rows the same width
    m_resetButton->setSizePolicy(policy);
    connect(m_resetButton, &QToolButton::clicked, this, &PropertyRow::requestReset);
}

void PropertyRow::createFieldRows(int *gridRow)
{
    const TypeDefinition *dataType = m_types.resolved(TypeKind::Data, m_definition.type);
    for (const PropertyDefinition &field : dataType->properties) {
        PropertyTarget fieldTarget = m_target;
        fieldTarget.path << field.name;
        const Value fieldDefault = m_default.isMap() && m_default.contains(field.name)
                                       ? m_default.value(field.name)
                                       : field.defaultValue;
        auto *child = new PropertyRow(
            field, fieldTarget, fieldDefault, m_types, m_grid, gridRow, m_depth + 1, this);
        connect(child, &PropertyRow::commitRequested, this, [this, child](const Value &value) {
            childCommitted(child, value);
        });
        connect(child, &PropertyRow::resetRequested, this, [this, child] { childReset(child); });
        m_children.append(child);
    }
}

PropertyRow::~PropertyRow() = default;

QMenu *PropertyRow::functionMenu()
{
    if (m_functionMenu)
        return m_functionMenu;
    m_functionMenu = new QMenu(m_functionButton);
    if (m_editor != Editor::Yaml) {
        auto *modes = new QActionGroup(m_functionMenu);
        QAction *plain = m_functionMenu->addAction(tr("Plain Value"));
        plain->setObjectName(QStringLiteral("plainValue"));
        plain->setCheckable(true);
        plain->setActionGroup(modes);
        connect(plain, &QAction::triggered, this, [this] { setExpressionMode(false); });
        QAction *expression = m_functionMenu->addAction(tr("Expression (YAML)…"));
        expression->setObjectName(QStringLiteral("expression"));
        expression->setCheckable(true);
        expression->setActionGroup(modes);
        connect(expression, &QAction::triggered, this, [this] { setExpressionMode(true); });
        connect(m_functionMenu, &QMenu::aboutToShow, this, [this, plain, expression] {
            plain->setChecked(!m_expressionMode);
            expression->setChecked(m_expressionMode);
        });
        m_functionMenu->addSeparator();
    }
    addInputActions(m_functionMenu);
    m_functionMenu->addSeparator();
    QAction *reset = m_functionMenu->addAction(tr("Reset to Default"));
    reset->setObjectName(QStringLiteral("reset"));
    connect(reset, &QAction::triggered, this, &PropertyRow::requestReset);
    connect(
        m_functionMenu, &QMenu::aboutToShow, this, [this, reset] { reset->setEnabled(isSet()); });
    return m_functionMenu;
}

void PropertyRow::createExpressionEditor()
{
    if (m_expression)
        return;
    m_expression = new QLineEdit(m_box);
    connect(m_expression, &QLineEdit::textEdited, this, &PropertyRow::startTyping);
    connect(m_expression, &QLineEdit::editingFinished, this, &PropertyRow::flush);
    static_cast<QHBoxLayout *>(m_box->layout())->addWidget(m_expression);
    // Created late, it would otherwise come last in the Tab order.
    QWidget *before = m_typed ? m_typed->widgets().constLast() : nullptr;
    if (before && before->focusPolicy() != Qt::NoFocus)
        QWidget::setTabOrder(before, m_expression);
}

QWidget *PropertyRow::label() const
{
    return m_label;
}

QWidget *PropertyRow::field() const
{
    if (m_expressionMode || !m_typed)
        return m_expression;
    return m_typed->focusWidget();
}

QLineEdit *PropertyRow::lineEdit() const
{
    return m_editor == Editor::Text ? static_cast<QLineEdit *>(m_typed->focusWidget()) : nullptr;
}

QComboBox *PropertyRow::comboBox() const
{
    return m_editor == Editor::Choice ? static_cast<QComboBox *>(m_typed->focusWidget()) : nullptr;
}

IntegerField *PropertyRow::integerField() const
{
    return m_editor == Editor::Integer ? static_cast<IntegerField *>(m_typed->focusWidget())
                                       : nullptr;
}

FloatField *PropertyRow::floatField() const
{
    return m_editor == Editor::Float ? static_cast<FloatField *>(m_typed->focusWidget()) : nullptr;
}

QCheckBox *PropertyRow::checkBox() const
{
    return m_editor == Editor::Boolean ? static_cast<QCheckBox *>(m_typed->focusWidget()) : nullptr;
}

QLineEdit *PropertyRow::unitNumber() const
{
    const auto *editor = qobject_cast<const ScalarUnitValueEditor *>(m_typed);
    return editor ? editor->numberEdit() : nullptr;
}

QComboBox *PropertyRow::unitCombo() const
{
    const auto *editor = qobject_cast<const ScalarUnitValueEditor *>(m_typed);
    return editor ? editor->unitCombo() : nullptr;
}

int PropertyRow::labelWidthHint() const
{
    int width = m_label->sizeHint().width();
    for (const PropertyRow *child : m_children)
        width = qMax(width, child->labelWidthHint());
    return width;
}

QString PropertyRow::placeholder() const
{
    if (!m_default.isNull())
        return m_default.toDisplayString();
    if (m_editor == Editor::Yaml && m_primitive == QLatin1String("list"))
        return tr("[item, item]");
    if (m_editor == Editor::Yaml && m_primitive == QLatin1String("map"))
        return tr("{key: value}");
    return m_definition.required && !m_definition.type.isEmpty() ? tr("required") : tr("not set");
}

bool PropertyRow::fitsTypedEditor(const Value &value) const
{
    if (value.isNull() || !m_typed)
        return true;
    return !value.containsFunction() && m_typed->fits(value);
}

void PropertyRow::setValue(const Value &value)
{
    if (scalarsEqual(value, m_value))
        return; // unchanged, or the echo of this row's own commit: keep what is being typed
    m_value = value;
    m_pending = false;
    m_live = false;
    if (m_timer)
        m_timer->stop();
    for (PropertyRow *child : std::as_const(m_children)) {
        const Value *field = value.isMap() ? value.find(child->target().path.last()) : nullptr;
        child->setValue(field ? *field : Value());
    }
    display();
    updateMessage();
}

void PropertyRow::display()
{
    m_updating = true;
    const bool expression
        = m_editor == Editor::Yaml || m_userExpressionMode || !fitsTypedEditor(m_value);
    m_expressionMode = expression && m_editor != Editor::Yaml;
    if (expression) {
        createExpressionEditor();
        // Keep the cursor where it is when the text is already what is shown.
        const QString text = ValueText::flowText(m_value);
        if (m_expression->text() != text) {
            m_expression->setText(text);
            if (!m_expression->hasFocus())
                m_expression->setCursorPosition(0); // show the start of a long expression
        }
        m_expression->setPlaceholderText(
            m_editor == Editor::Yaml ? placeholder() : tr("{ get_input: name }  or a YAML value"));
        QPalette palette = m_expression->palette();
        palette.setColor(QPalette::Text,
                         m_value.containsFunction() ? StatusColors::function()
                                                    : m_box->palette().color(QPalette::Text));
        m_expression->setPalette(palette);
        m_expression->setVisible(m_visible);
    } else if (m_expression) {
        m_expression->hide();
    }
    if (m_typed) {
        for (QWidget *w : m_typed->widgets())
            w->setVisible(!m_expressionMode);
        if (!m_expressionMode)
            displayTyped();
    }
    for (PropertyRow *child : std::as_const(m_children))
        child->setRowVisible(m_visible && !m_expressionMode);
    updateChrome();
    m_updating = false;
}

void PropertyRow::displayTyped()
{
    m_typed->display(isSet() ? m_value : Value(), placeholder());
}

void PropertyRow::updateChrome()
{
    m_resetButton->setVisible(m_visible && isSet());
    const bool function = m_value.containsFunction();
    m_functionButton->setChecked(m_expressionMode || function);
    if (function != m_functionFont) {
        m_functionFont = function;
        QFont font = m_functionButton->font();
        font.setBold(function);
        m_functionButton->setFont(font);
    }
}

void PropertyRow::setRowVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    m_label->setVisible(visible);
    m_box->setVisible(visible);
    m_functionButton->setVisible(visible);
    m_resetButton->setVisible(visible && isSet());
    if (m_message)
        m_message->setVisible(visible && !m_message->text().isEmpty());
    updateFixButton();
    for (PropertyRow *child : std::as_const(m_children))
        child->setRowVisible(visible && !m_expressionMode);
}

Value PropertyRow::typedValue(bool *ok) const
{
    *ok = true;
    return m_typed ? m_typed->value(ok) : m_value;
}

QStringList PropertyRow::check(const Value &value) const
{
    QStringList messages;
    if (value.isNull()) {
        if (m_definition.required && !m_definition.hasDefault() && m_default.isNull()
            && !m_definition.type.isEmpty())
            messages << tr("required property '%1' has no value").arg(m_target.displayName());
        return messages;
    }
    if (m_definition.type.isEmpty())
        return messages;
    const ValueChecker checker(m_types);
    for (const ValueChecker::Violation &violation : checker.check(value, m_definition))
        messages << violation.message;
    return messages;
}

void PropertyRow::startTyping()
{
    if (m_updating)
        return;
    m_pending = true;
    // Check as the user types, so the mark shows before the value is committed.
    Value value;
    QStringList messages;
    if (m_expressionMode || m_editor == Editor::Yaml) {
        QString error;
        if (!ValueText::parse(m_expression->text(), &value, &error))
            messages << tr("not valid YAML: %1").arg(error);
        else
            messages = check(ValueText::normalized(value, m_primitive));
    } else {
        bool ok = true;
        value = typedValue(&ok);
        messages = ok ? check(value) : QStringList{m_typed->invalidReason()};
    }
    showLiveMessages(messages);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(CommitDelay);
        connect(m_timer, &QTimer::timeout, this, &PropertyRow::flush);
    }
    m_timer->start();
}

void PropertyRow::flush()
{
    if (m_timer)
        m_timer->stop();
    if (!m_pending || m_updating)
        return;
    m_pending = false;
    if (m_expressionMode || m_editor == Editor::Yaml)
        commitExpression();
    else
        commitTyped();
}

void PropertyRow::commitTyped()
{
    bool ok = true;
    const Value value = typedValue(&ok);
    if (!ok)
        return; // the live message says why
    if (value.isNull())
        requestReset();
    else
        commit(value);
}

void PropertyRow::commitExpression()
{
    Value value;
    QString error;
    if (!ValueText::parse(m_expression->text(), &value, &error))
        return; // invalid YAML stays in the field with its message until fixed
    if (value.isNull())
        requestReset();
    else
        commit(value);
}

void PropertyRow::commit(const Value &raw)
{
    const Value value = ValueText::normalized(raw, m_primitive);
    m_pending = false;
    m_live = false;
    if (scalarsEqual(value, m_value)) {
        updateMessage();
        return;
    }
    m_value = value;
    updateChrome();
    updateMessage();
    if (value.containsFunction() && !m_expressionMode && m_editor != Editor::Yaml)
        display(); // "Use input" from the typed editor: show the function as text
    emit commitRequested(value);
}

void PropertyRow::requestReset()
{
    m_pending = false;
    m_live = false;
    if (m_timer)
        m_timer->stop();
    if (!isSet()) {
        display();
        updateMessage();
        return;
    }
    m_value = Value();
    for (PropertyRow *child : std::as_const(m_children))
        child->setValue(Value());
    display();
    updateMessage();
    emit resetRequested();
}

void PropertyRow::setExpressionMode(bool expression)
{
    if (m_editor == Editor::Yaml)
        return;
    flush();
    m_userExpressionMode = expression;
    if (!expression && isSet() && !fitsTypedEditor(m_value)) {
        // A function or a value the typed editor cannot show: a plain value starts from the
        // default again (one undoable step).
        requestReset();
    } else {
        display();
    }
    if (QWidget *target = field()) {
        target->setFocus(Qt::OtherFocusReason);
        if (expression && m_expression)
            m_expression->selectAll();
    }
}

void PropertyRow::childCommitted(PropertyRow *child, const Value &value)
{
    Value whole = m_value.isMap() ? m_value : Value::map();
    whole.insert(child->target().path.last(), value);
    commit(whole);
}

void PropertyRow::childReset(PropertyRow *child)
{
    if (!m_value.isMap())
        return;
    Value whole = m_value;
    whole.remove(child->target().path.last());
    if (whole.entries().empty())
        requestReset();
    else
        commit(whole);
}

void PropertyRow::setProblems(const QList<QPair<Severity, QString>> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_live)
        updateMessage();
}

void PropertyRow::showLiveMessages(const QStringList &messages)
{
    m_live = true;
    m_liveMessages = messages;
    updateMessage();
}

void PropertyRow::setFixable(bool fixable)
{
    if (m_fixable == fixable)
        return;
    m_fixable = fixable;
    updateFixButton();
}

void PropertyRow::updateFixButton()
{
    const bool shown = m_fixable && !m_live && m_visible && !message().isEmpty();
    if (shown && !m_fixButton) {
        m_fixButton = new QToolButton(m_grid->parentWidget());
        m_fixButton->setObjectName(QStringLiteral("rowFixes"));
        m_fixButton->setAutoRaise(true);
        m_fixButton->setIcon(SeverityIcons::quickFix());
        m_fixButton->setToolTip(tr("Quick fixes for %1").arg(m_target.property));
        connect(m_fixButton, &QToolButton::clicked, this, &PropertyRow::fixesRequested);
        m_grid->addWidget(m_fixButton, m_row + 1, 3, Qt::AlignTop);
    }
    if (m_fixButton)
        m_fixButton->setVisible(shown);
}

QString PropertyRow::message() const
{
    return m_message && !m_message->isHidden() ? m_message->text() : QString();
}

void PropertyRow::updateMessage()
{
    QStringList lines;
    bool error = false;
    if (m_live) {
        lines = m_liveMessages;
        error = !lines.isEmpty();
    } else {
        const QString prefix = QStringLiteral("property '%1': ").arg(m_target.property);
        for (const auto &[severity, text] : std::as_const(m_problems)) {
            // The row already says which property: drop the validator's "property 'x': ".
            lines << (text.startsWith(prefix) ? text.mid(prefix.size()) : text);
            error = error || severity == Severity::Error;
        }
    }
    lines.removeDuplicates();
    const QString text = lines.join(QLatin1Char('\n'));
    m_errorMark = error;
    if (text.isEmpty()) {
        if (m_message) {
            m_message->clear();
            m_message->hide();
        }
    } else {
        if (!m_message) {
            m_message = new QLabel(m_grid->parentWidget());
            m_message->setTextFormat(Qt::PlainText);
            m_message->setWordWrap(true);
            m_message->setMinimumWidth(1);
            m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_message->setContentsMargins(2, 0, 0, 2);
            // The last column of the message line holds the bulb of its fixes.
            m_grid->addWidget(m_message, m_row + 1, 1, 1, 2);
        }
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::WindowText,
                         error ? StatusColors::error() : StatusColors::warning());
        m_message->setPalette(palette);
        m_message->setText(text);
        m_message->setVisible(m_visible);
    }
    m_box->setToolTip(PlainText::toHtml(text));
    updateFixButton();
    if (error == m_markShown)
        return; // palette changes propagate to every child: only when the mark changes
    m_markShown = error;
    // The mark on the field itself: a tinted background, and a red label (combo boxes and
    // check boxes do not show a tinted base).
    if (error) {
        QPalette palette = m_box->palette();
        palette.setColor(QPalette::Base, StatusColors::errorBackground());
        m_box->setPalette(palette);
        QPalette labelPalette = m_label->palette();
        labelPalette.setColor(QPalette::WindowText, StatusColors::error());
        m_label->setPalette(labelPalette);
    } else {
        m_box->setPalette(QPalette());
        m_label->setPalette(QPalette());
    }
}

void PropertyRow::addInputActions(QMenu *menu)
{
    // A topology input made from this property, as Alien4Cloud's editor offers: only the
    // node's own properties (data type fields and capability values stay plain).
    if (m_target.capability.isEmpty() && m_target.path.isEmpty()) {
        QAction *setAsInput = menu->addAction(tr("Set as Input"));
        setAsInput->setObjectName(QStringLiteral("setAsInput"));
        connect(setAsInput, &QAction::triggered, this, &PropertyRow::setAsInputRequested);
        QAction *unset = menu->addAction(tr("Unset Input"));
        unset->setObjectName(QStringLiteral("unsetInput"));
        connect(unset, &QAction::triggered, this, &PropertyRow::unsetInputRequested);
        connect(menu, &QMenu::aboutToShow, this, [this, setAsInput, unset] {
            setAsInput->setEnabled(!takesInput());
            unset->setEnabled(takesInput());
        });
    }
    QMenu *inputs = menu->addMenu(tr("Use Input"));
    inputs->menuAction()->setObjectName(QStringLiteral("useInput"));
    connect(inputs, &QMenu::aboutToShow, this, [this, inputs] { populateInputMenu(inputs); });
}

bool PropertyRow::takesInput() const
{
    return m_value.isFunction() && m_value.functionName() == QLatin1String("get_input");
}

void PropertyRow::populateInputMenu(QMenu *menu)
{
    menu->clear();
    const QList<QPair<QString, QString>> inputs
        = m_inputs ? m_inputs() : QList<QPair<QString, QString>>();
    if (inputs.isEmpty()) {
        menu->addAction(tr("No inputs in this topology"))->setEnabled(false);
        return;
    }
    // Inputs of the property's type are offered; the others are listed but disabled, since
    // taking one would be a type error (TOPO-INPUT-002).
    const auto fits = [this](const QString &type) {
        return type.isEmpty() || type == m_definition.type || type == m_primitive;
    };
    QList<QAction *> others;
    for (const auto &[name, type] : inputs) {
        QAction *action
            = new QAction(type.isEmpty() ? name : QStringLiteral("%1  (%2)").arg(name, type), menu);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name = name] {
            commit(Value::function(QStringLiteral("get_input"), {Value::scalar(name)}));
        });
        if (fits(type)) {
            menu->addAction(action);
        } else {
            action->setEnabled(false);
            action->setToolTip(tr("Of another type than %1").arg(m_definition.type));
            others << action;
        }
    }
    if (menu->actions().isEmpty())
        menu->addAction(tr("No input of type %1").arg(m_definition.type))->setEnabled(false);
    if (!others.isEmpty()) {
        menu->addSection(tr("Other types"));
        menu->addActions(others);
    }
}

} // namespace Topologist
