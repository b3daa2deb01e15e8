// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/propertyrow.h"
#include "plaintext.h"

#include "icons.h"
#include "properties/floatfield.h"
#include "properties/integerfield.h"
#include "properties/valuetext.h"
#include "statuscolors.h"
#include "types/constraint.h"
#include "types/typenames.h"
#include "types/typeregistry.h"
#include "types/valuechecker.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPoint>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

#include <limits>

namespace Topologist {

namespace {

constexpr int FieldIndent = 14;

QStringList unitsFor(const QString &primitive)
{
    if (primitive == QLatin1String("scalar-unit.size"))
        return {QStringLiteral("B"),
                QStringLiteral("kB"),
                QStringLiteral("KiB"),
                QStringLiteral("MB"),
                QStringLiteral("MiB"),
                QStringLiteral("GB"),
                QStringLiteral("GiB"),
                QStringLiteral("TB"),
                QStringLiteral("TiB"),
                QStringLiteral("PB"),
                QStringLiteral("PiB")};
    if (primitive == QLatin1String("scalar-unit.time"))
        return {QStringLiteral("d"),
                QStringLiteral("h"),
                QStringLiteral("m"),
                QStringLiteral("s"),
                QStringLiteral("ms"),
                QStringLiteral("us"),
                QStringLiteral("ns")};
    if (primitive == QLatin1String("scalar-unit.frequency"))
        return {QStringLiteral("Hz"),
                QStringLiteral("kHz"),
                QStringLiteral("MHz"),
                QStringLiteral("GHz")};
    if (primitive == QLatin1String("scalar-unit.bitrate"))
        return {QStringLiteral("bps"),
                QStringLiteral("Kbps"),
                QStringLiteral("Kibps"),
                QStringLiteral("Mbps"),
                QStringLiteral("Mibps"),
                QStringLiteral("Gbps"),
                QStringLiteral("Gibps"),
                QStringLiteral("Tbps"),
                QStringLiteral("Tibps")};
    return {};
}

/// `4096 MB` → ("4096", "MB"); false when it is not a number followed by one of `units`.
bool splitScalarUnit(const Value &value, const QStringList &units, QString *number, QString *unit)
{
    if (!value.isScalar())
        return false;
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z]+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(value.text());
    if (!match.hasMatch())
        return false;
    const QString written = match.captured(2);
    for (const QString &candidate : units) {
        if (candidate.compare(written, Qt::CaseInsensitive) == 0) {
            *number = match.captured(1);
            *unit = candidate;
            return true;
        }
    }
    return false;
}

bool isUnbounded(const Value &value)
{
    return value.isScalar()
           && value.text().compare(QLatin1String("UNBOUNDED"), Qt::CaseInsensitive) == 0;
}

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
    const ValueChecker checker(types);
    m_primitive = definition.type.isEmpty() ? QString() : checker.primitiveOf(definition.type);

    // Constraints of a data type derived from a primitive apply as if written on the property.
    Constraints constraints = definition.constraints;
    if (!m_primitive.isEmpty() && m_primitive != definition.type) {
        if (const TypeDefinition *dataType = types.resolved(TypeKind::Data, definition.type))
            constraints = dataType->constraints + constraints;
    }
    for (const Constraint &c : std::as_const(constraints)) {
        if (c.op == Constraint::Operator::ValidValues && c.argument.isList()) {
            m_choices.clear();
            for (const Value &item : c.argument.items())
                m_choices.append(item);
        }
    }

    if (!m_choices.isEmpty() && m_primitive != QLatin1String("list")
        && m_primitive != QLatin1String("map"))
        m_editor = Editor::Choice;
    else if (m_primitive == QLatin1String("integer"))
        m_editor = Editor::Integer;
    else if (m_primitive == QLatin1String("float"))
        m_editor = Editor::Float;
    else if (m_primitive == QLatin1String("boolean"))
        m_editor = Editor::Boolean;
    else if (m_primitive == QLatin1String("string") || m_primitive == QLatin1String("version")
             || m_primitive == QLatin1String("timestamp"))
        m_editor = Editor::Text;
    else if (m_primitive.startsWith(QLatin1String("scalar-unit.")))
        m_editor = Editor::ScalarUnit;
    else if (m_primitive.isEmpty() && !definition.type.isEmpty()
             && types.resolved(TypeKind::Data, definition.type) && depth < 4)
        m_editor = Editor::Group;
    else
        m_editor = Editor::Yaml; // list, map, unknown types, undeclared properties

    // The range integer and float fields accept, from the comparison constraints.
    double low = -std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::max();
    const bool integral = m_editor == Editor::Integer;
    for (const Constraint &c : std::as_const(constraints)) {
        bool ok = false;
        const double a = c.argument.isScalar() ? c.argument.text().toDouble(&ok) : 0;
        switch (c.op) {
        case Constraint::Operator::InRange:
            if (c.argument.items().size() == 2) {
                bool okLow = false;
                bool okHigh = false;
                const double l = c.argument.items()[0].text().toDouble(&okLow);
                const double h = c.argument.items()[1].text().toDouble(&okHigh);
                if (okLow)
                    low = qMax(low, l);
                if (okHigh && !isUnbounded(c.argument.items()[1]))
                    high = qMin(high, h);
            }
            break;
        case Constraint::Operator::GreaterOrEqual:
            if (ok)
                low = qMax(low, a);
            break;
        case Constraint::Operator::GreaterThan:
            if (ok)
                low = qMax(low, integral ? a + 1 : a);
            break;
        case Constraint::Operator::LessOrEqual:
            if (ok)
                high = qMin(high, a);
            break;
        case Constraint::Operator::LessThan:
            if (ok)
                high = qMin(high, integral ? a - 1 : a);
            break;
        case Constraint::Operator::Equal:
            if (ok) {
                low = qMax(low, a);
                high = qMin(high, a);
            }
            break;
        default:
            break;
        }
    }
    m_minimum = qint64(qMax(low, double(std::numeric_limits<int>::min())));
    m_maximum = qint64(qMin(high, double(std::numeric_limits<int>::max())));
    m_floatMinimum = qMax(low, -1e15);
    m_floatMaximum = qMin(high, 1e15);

    QWidget *parentWidget = grid->parentWidget();
    m_label = new QLabel(m_target.path.isEmpty() ? m_target.property : m_target.path.last(),
                         parentWidget);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setContentsMargins(depth * FieldIndent, 0, 0, 0);
    QString tip = QStringLiteral("<b>%1</b> : %2")
                      .arg(m_label->text().toHtmlEscaped(),
                           definition.type.isEmpty() ? tr("not declared by the type")
                                                     : definition.type.toHtmlEscaped());
    if (!definition.description.isEmpty())
        tip += QStringLiteral("<br>") + definition.description.trimmed().toHtmlEscaped();
    QStringList facts;
    if (definition.type.isEmpty())
        facts << tr("Alien4Cloud rejects properties the type does not declare");
    else if (definition.required)
        facts << (definition.hasDefault() || !m_default.isNull()
                      ? tr("Required (the default applies when not set)")
                      : tr("Required"));
    else
        facts << tr("Optional");
    if (!m_default.isNull())
        facts << tr("default: %1").arg(m_default.toDisplayString().toHtmlEscaped());
    for (const Constraint &c : std::as_const(constraints))
        facts << c.toString().toHtmlEscaped();
    tip += QStringLiteral("<br><i>") + facts.join(QStringLiteral(" · ")) + QStringLiteral("</i>");
    m_label->setToolTip(tip);
    if (definition.type.isEmpty()) {
        QFont font = m_label->font();
        font.setItalic(true);
        m_label->setFont(font);
    } else if (definition.required) {
        QFont font = m_label->font();
        font.setBold(true);
        m_label->setFont(font);
        if (!definition.hasDefault() && m_default.isNull())
            m_label->setText(m_label->text() + QStringLiteral(" *"));
    }

    m_box = new QWidget(parentWidget);
    auto *boxLayout = new QHBoxLayout(m_box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(4);
    createTypedEditor(m_box);
    m_label->setBuddy(field());

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

    grid->addWidget(m_label, m_row, 0);
    grid->addWidget(m_box, m_row, 1);
    grid->addWidget(m_functionButton, m_row, 2);
    grid->addWidget(m_resetButton, m_row, 3);
    *gridRow = m_row + 2; // the next row holds the message line, created when needed

    if (m_editor == Editor::Group) {
        const TypeDefinition *dataType = types.resolved(TypeKind::Data, definition.type);
        for (const PropertyDefinition &field : dataType->properties) {
            PropertyTarget fieldTarget = target;
            fieldTarget.path << field.name;
            const Value fieldDefault = m_default.isMap() && m_default.contains(field.name)
                                           ? m_default.value(field.name)
                                           : field.defaultValue;
            auto *child = new PropertyRow(
                field, fieldTarget, fieldDefault, types, grid, gridRow, depth + 1, this);
            connect(child, &PropertyRow::commitRequested, this, [this, child](const Value &value) {
                childCommitted(child, value);
            });
            connect(
                child, &PropertyRow::resetRequested, this, [this, child] { childReset(child); });
            m_children.append(child);
        }
    }
    display();
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
    QMenu *inputs = m_functionMenu->addMenu(tr("Use Input"));
    inputs->menuAction()->setObjectName(QStringLiteral("useInput"));
    connect(inputs, &QMenu::aboutToShow, this, [this, inputs] { populateInputMenu(inputs); });
    m_functionMenu->addSeparator();
    QAction *reset = m_functionMenu->addAction(tr("Reset to Default"));
    reset->setObjectName(QStringLiteral("reset"));
    connect(reset, &QAction::triggered, this, &PropertyRow::requestReset);
    connect(
        m_functionMenu, &QMenu::aboutToShow, this, [this, reset] { reset->setEnabled(isSet()); });
    return m_functionMenu;
}

void PropertyRow::createTypedEditor(QWidget *box)
{
    auto *layout = static_cast<QHBoxLayout *>(box->layout());
    switch (m_editor) {
    case Editor::Text:
        m_line = new QLineEdit(box);
        m_line->setClearButtonEnabled(false);
        connect(m_line, &QLineEdit::textEdited, this, &PropertyRow::startTyping);
        connect(m_line, &QLineEdit::editingFinished, this, &PropertyRow::flush);
        layout->addWidget(m_line);
        break;
    case Editor::Choice:
        m_combo = new QComboBox(box);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(6);
        for (const Value &choice : std::as_const(m_choices))
            m_combo->addItem(choice.toDisplayString());
        connect(m_combo, &QComboBox::activated, this, [this] {
            if (!m_updating)
                commitTyped();
        });
        layout->addWidget(m_combo);
        break;
    case Editor::Integer:
        m_integer = new IntegerField(box);
        m_integer->setRange(int(m_minimum), int(m_maximum));
        connect(m_integer, &IntegerField::valueChosen, this, [this] {
            if (!m_updating)
                commitTyped();
        });
        connect(m_integer, &IntegerField::unsetChosen, this, &PropertyRow::requestReset);
        layout->addWidget(m_integer);
        break;
    case Editor::Float:
        m_float = new FloatField(box);
        m_float->setRange(m_floatMinimum, m_floatMaximum);
        connect(m_float, &FloatField::valueChosen, this, [this] {
            if (!m_updating)
                commitTyped();
        });
        connect(m_float, &FloatField::unsetChosen, this, &PropertyRow::requestReset);
        layout->addWidget(m_float);
        break;
    case Editor::Boolean:
        m_check = new QCheckBox(box);
        m_check->setTristate(!m_definition.required);
        connect(m_check, &QCheckBox::clicked, this, [this] {
            if (m_updating)
                return;
            commitTyped();
            m_updating = true;
            displayTyped(); // its text says true, false or the default
            m_updating = false;
        });
        layout->addWidget(m_check);
        layout->addStretch(1); // the check box's text is its click target, not the whole row
        break;
    case Editor::ScalarUnit: {
        m_units = unitsFor(m_primitive);
        m_unitNumber = new QLineEdit(box);
        auto *validator = new QDoubleValidator(m_unitNumber);
        validator->setLocale(QLocale::c());
        validator->setNotation(QDoubleValidator::StandardNotation);
        m_unitNumber->setValidator(validator);
        m_unitCombo = new QComboBox(box);
        m_unitCombo->addItems(m_units);
        m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_unitNumber, &QLineEdit::textEdited, this, &PropertyRow::startTyping);
        connect(m_unitNumber, &QLineEdit::editingFinished, this, &PropertyRow::flush);
        connect(m_unitCombo, &QComboBox::activated, this, [this] {
            if (!m_updating && !m_unitNumber->text().trimmed().isEmpty())
                commitTyped();
        });
        layout->addWidget(m_unitNumber, 1);
        layout->addWidget(m_unitCombo);
        break;
    }
    case Editor::Group:
        m_groupSummary = new QLabel(box);
        m_groupSummary->setTextFormat(Qt::PlainText);
        m_groupSummary->setForegroundRole(QPalette::PlaceholderText);
        m_groupSummary->setText(TypeNames::shortName(m_definition.type));
        m_groupSummary->setToolTip(PlainText::toHtml(m_definition.type));
        layout->addWidget(m_groupSummary);
        break;
    case Editor::Yaml:
        createExpressionEditor();
        break;
    }
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
    QWidget *before = m_line        ? static_cast<QWidget *>(m_line)
                      : m_combo     ? static_cast<QWidget *>(m_combo)
                      : m_integer   ? static_cast<QWidget *>(m_integer)
                      : m_float     ? static_cast<QWidget *>(m_float)
                      : m_check     ? static_cast<QWidget *>(m_check)
                      : m_unitCombo ? static_cast<QWidget *>(m_unitCombo)
                                    : nullptr;
    if (before)
        QWidget::setTabOrder(before, m_expression);
}

QWidget *PropertyRow::label() const
{
    return m_label;
}

QWidget *PropertyRow::field() const
{
    if (m_expressionMode || m_editor == Editor::Yaml)
        return m_expression;
    switch (m_editor) {
    case Editor::Text:
        return m_line;
    case Editor::Choice:
        return m_combo;
    case Editor::Integer:
        return m_integer;
    case Editor::Float:
        return m_float;
    case Editor::Boolean:
        return m_check;
    case Editor::ScalarUnit:
        return m_unitNumber;
    case Editor::Group:
    case Editor::Yaml:
        break;
    }
    return m_groupSummary;
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
    if (value.isNull() || m_editor == Editor::Yaml)
        return true;
    if (value.containsFunction())
        return false;
    switch (m_editor) {
    case Editor::Text:
    case Editor::Choice:
        return value.isScalar();
    case Editor::Integer: {
        static const QRegularExpression integer(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
        if (!value.isScalar() || !integer.match(value.text()).hasMatch())
            return false;
        bool ok = false;
        const qint64 i = value.text().trimmed().toLongLong(&ok);
        return ok && i >= m_minimum && i <= m_maximum;
    }
    case Editor::Float: {
        bool ok = false;
        const double d = value.isScalar() ? value.text().trimmed().toDouble(&ok) : 0;
        return ok && d >= m_floatMinimum && d <= m_floatMaximum;
    }
    case Editor::Boolean:
        return value.isScalar()
               && (value.text().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                   || value.text().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0);
    case Editor::ScalarUnit: {
        QString number;
        QString unit;
        return splitScalarUnit(value, m_units, &number, &unit);
    }
    case Editor::Group:
        return value.isMap();
    case Editor::Yaml:
        break;
    }
    return true;
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
    if (m_editor != Editor::Yaml) {
        for (QWidget *w : {static_cast<QWidget *>(m_line),
                           static_cast<QWidget *>(m_combo),
                           static_cast<QWidget *>(m_integer),
                           static_cast<QWidget *>(m_float),
                           static_cast<QWidget *>(m_check),
                           static_cast<QWidget *>(m_unitNumber),
                           static_cast<QWidget *>(m_unitCombo),
                           static_cast<QWidget *>(m_groupSummary)}) {
            if (w)
                w->setVisible(!m_expressionMode);
        }
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
    const bool set = isSet();
    switch (m_editor) {
    case Editor::Text:
        if (m_line->text() != (set ? m_value.text() : QString())) {
            m_line->setText(set ? m_value.text() : QString());
            if (!m_line->hasFocus())
                m_line->setCursorPosition(0);
        }
        m_line->setPlaceholderText(placeholder());
        break;
    case Editor::Choice: {
        while (m_combo->count() > m_choices.size())
            m_combo->removeItem(m_combo->count() - 1);
        int index = -1;
        for (int i = 0; set && i < m_choices.size(); ++i) {
            if (m_choices[i].isScalar() && m_choices[i].text() == m_value.text())
                index = i;
        }
        if (set && index < 0) {
            // A value outside valid_values: shown as it is (the problem line says why), so
            // that picking a valid one is one click.
            m_combo->addItem(m_value.toDisplayString());
            index = m_combo->count() - 1;
        }
        m_combo->setPlaceholderText(placeholder());
        m_combo->setCurrentIndex(index);
        break;
    }
    case Editor::Integer:
        if (set) {
            m_integer->showValue(m_value.text().trimmed().toInt());
        } else {
            bool ok = false;
            int base = m_default.isScalar() ? m_default.text().trimmed().toInt(&ok) : 0;
            if (!ok)
                base = 0;
            m_integer->showUnset(int(qBound(m_minimum, qint64(base), m_maximum)), placeholder());
        }
        break;
    case Editor::Float:
        if (set) {
            m_float->setSourceText(m_value.text().trimmed());
            m_float->showValue(m_value.text().trimmed().toDouble());
        } else {
            bool ok = false;
            double base = m_default.isScalar() ? m_default.text().trimmed().toDouble(&ok) : 0;
            if (!ok)
                base = 0;
            m_float->setSourceText(m_default.isScalar() ? m_default.text().trimmed() : QString());
            m_float->showUnset(qBound(m_floatMinimum, base, m_floatMaximum), placeholder());
        }
        break;
    case Editor::Boolean:
        if (set) {
            const bool on = m_value.text().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            m_check->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_check->setText(on ? QStringLiteral("true") : QStringLiteral("false"));
        } else {
            const bool defaultOn
                = m_default.isScalar()
                  && m_default.text().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            m_check->setCheckState(m_check->isTristate()
                                       ? Qt::PartiallyChecked
                                       : (defaultOn ? Qt::Checked : Qt::Unchecked));
            m_check->setText(m_default.isNull()
                                 ? tr("not set")
                                 : tr("default: %1").arg(m_default.toDisplayString()));
        }
        m_check->setForegroundRole(set ? QPalette::WindowText : QPalette::PlaceholderText);
        break;
    case Editor::ScalarUnit: {
        QString number;
        QString unit;
        if (set && splitScalarUnit(m_value, m_units, &number, &unit)) {
            if (m_unitNumber->text() != number)
                m_unitNumber->setText(number);
            m_unitNumber->setPlaceholderText(QString());
            m_unitCombo->setCurrentText(unit);
        } else {
            m_unitNumber->clear();
            QString defaultNumber;
            QString defaultUnit;
            if (splitScalarUnit(m_default, m_units, &defaultNumber, &defaultUnit)) {
                m_unitNumber->setPlaceholderText(defaultNumber);
                m_unitCombo->setCurrentText(defaultUnit);
            } else {
                m_unitNumber->setPlaceholderText(placeholder());
                // The unit people mean most often (and MB is what Alien4Cloud assumes for sizes).
                static const QHash<QString, QString> usual
                    = {{QStringLiteral("scalar-unit.size"), QStringLiteral("MB")},
                       {QStringLiteral("scalar-unit.time"), QStringLiteral("s")},
                       {QStringLiteral("scalar-unit.frequency"), QStringLiteral("GHz")},
                       {QStringLiteral("scalar-unit.bitrate"), QStringLiteral("Mbps")}};
                m_unitCombo->setCurrentText(usual.value(m_primitive));
            }
        }
        break;
    }
    case Editor::Group:
        break;
    case Editor::Yaml:
        break;
    }
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
    for (PropertyRow *child : std::as_const(m_children))
        child->setRowVisible(visible && !m_expressionMode);
}

Value PropertyRow::typedValue(bool *ok) const
{
    *ok = true;
    switch (m_editor) {
    case Editor::Text: {
        const QString text = m_line->text();
        if (text.isEmpty())
            return Value();
        return m_primitive == QLatin1String("timestamp") ? Value::scalar(text)
                                                         : ValueText::stringScalar(text);
    }
    case Editor::Choice: {
        const int index = m_combo->currentIndex();
        if (index < 0)
            return Value();
        return index < m_choices.size() ? m_choices[index] : m_value;
    }
    case Editor::Integer:
        return m_integer->isUnset() ? Value() : Value::scalar(QString::number(m_integer->value()));
    case Editor::Float:
        return m_float->isUnset() ? Value() : Value::scalar(m_float->cleanText());
    case Editor::Boolean:
        if (m_check->checkState() == Qt::PartiallyChecked)
            return Value();
        return Value::scalar(m_check->checkState() == Qt::Checked ? QStringLiteral("true")
                                                                  : QStringLiteral("false"));
    case Editor::ScalarUnit: {
        const QString number = m_unitNumber->text().trimmed();
        if (number.isEmpty())
            return Value();
        bool numeric = false;
        number.toDouble(&numeric);
        if (!numeric) {
            *ok = false;
            return Value();
        }
        return Value::scalar(number + QLatin1Char(' ') + m_unitCombo->currentText());
    }
    case Editor::Group:
    case Editor::Yaml:
        break;
    }
    return m_value;
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

void PropertyRow::startTyping(const QString &text)
{
    Q_UNUSED(text)
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
        messages
            = ok ? check(value) : QStringList{tr("'%1' is not a number").arg(m_unitNumber->text())};
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
            m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_message->setContentsMargins(2, 0, 0, 2);
            m_grid->addWidget(m_message, m_row + 1, 1, 1, 3);
        }
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::WindowText,
                         error ? StatusColors::error() : StatusColors::warning());
        m_message->setPalette(palette);
        m_message->setText(text);
        m_message->setVisible(m_visible);
    }
    m_box->setToolTip(PlainText::toHtml(text));
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

void PropertyRow::populateInputMenu(QMenu *menu)
{
    menu->clear();
    const QList<QPair<QString, QString>> inputs
        = m_inputs ? m_inputs() : QList<QPair<QString, QString>>();
    if (inputs.isEmpty()) {
        menu->addAction(tr("No inputs in this topology"))->setEnabled(false);
        return;
    }
    for (const auto &[name, type] : inputs) {
        QAction *action
            = menu->addAction(type.isEmpty() ? name : QStringLiteral("%1  (%2)").arg(name, type));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name = name] {
            commit(Value::function(QStringLiteral("get_input"), {Value::scalar(name)}));
        });
    }
}

} // namespace Topologist
