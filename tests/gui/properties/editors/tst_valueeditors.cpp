// SPDX-License-Identifier: GPL-3.0-or-later
#include "exampledocument.h"
#include "properties/editors/booleanvalueeditor.h"
#include "properties/editors/choicevalueeditor.h"
#include "properties/editors/scalarunitvalueeditor.h"
#include "properties/editors/valueeditorfactory.h"
#include "topologydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Topologist;
using Kind = ValueEditor::Kind;

namespace {

PropertyDefinition definition(const char *type, const Constraints &constraints = {})
{
    PropertyDefinition d;
    d.name = QStringLiteral("p");
    d.type = QString::fromLatin1(type);
    d.constraints = constraints;
    return d;
}

Constraints validValues(const QStringList &values)
{
    Constraint c;
    c.op = Constraint::Operator::ValidValues;
    c.argument = Value::list();
    for (const QString &v : values)
        c.argument.append(Value::scalar(v));
    return {c};
}

struct Box
{
    QWidget widget;
    Box() { new QHBoxLayout(&widget); }
};

ValueEditor::Setup setupFor(const PropertyDefinition &d, const TypeRegistry &types)
{
    const PropertyConstraints constraints(d, types);
    ValueEditor::Setup setup;
    setup.type = d.type;
    setup.primitive = constraints.primitive();
    setup.required = d.required;
    setup.choices = constraints.validValues();
    setup.range = constraints.range(false);
    return setup;
}

} // namespace

TEST(ValueEditorFactory, TheTypeAndItsConstraintsChooseTheEditor)
{
    const auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    const TypeRegistry &types = document->types();
    const auto kind = [&](const PropertyDefinition &d, int depth = 0) {
        return ValueEditorFactory::kindFor(d, PropertyConstraints(d, types), types, depth);
    };
    EXPECT_EQ(kind(definition("string")), Kind::Text);
    EXPECT_EQ(kind(definition("version")), Kind::Text);
    EXPECT_EQ(kind(definition("integer")), Kind::Integer);
    EXPECT_EQ(kind(definition("float")), Kind::Float);
    EXPECT_EQ(kind(definition("boolean")), Kind::Boolean);
    EXPECT_EQ(kind(definition("scalar-unit.time")), Kind::ScalarUnit);
    EXPECT_EQ(kind(definition("integer", validValues({"1", "2"}))), Kind::Choice);
    EXPECT_EQ(kind(definition("list", validValues({"1", "2"}))), Kind::Yaml);
    EXPECT_EQ(kind(definition("map")), Kind::Yaml);
    EXPECT_EQ(kind(definition("")), Kind::Yaml);
    EXPECT_EQ(kind(definition("tosca.datatypes.Credential")), Kind::Group);
    EXPECT_EQ(kind(definition("tosca.datatypes.Credential"), 4), Kind::Yaml);
    EXPECT_EQ(ValueEditorFactory::create(Kind::Yaml, ValueEditor::Setup(), nullptr, nullptr),
              nullptr);
}

TEST(ScalarUnitValueEditor, ShowsNumberAndUnitAndReadsThemBack)
{
    const auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    Box box;
    ValueEditor::Setup setup = setupFor(definition("scalar-unit.size"), document->types());
    setup.defaultValue = Value::scalar(QStringLiteral("2 GB"));
    ScalarUnitValueEditor editor(setup, &box.widget);
    EXPECT_TRUE(editor.fits(Value::scalar(QStringLiteral("4096 mb"))));
    EXPECT_FALSE(editor.fits(Value::scalar(QStringLiteral("4096 parsecs"))));

    editor.display(Value::scalar(QStringLiteral("4096 mb")), QString());
    EXPECT_EQ(editor.numberEdit()->text(), QStringLiteral("4096"));
    EXPECT_EQ(editor.unitCombo()->currentText(), QStringLiteral("MB"));
    bool ok = false;
    EXPECT_EQ(editor.value(&ok).text(), QStringLiteral("4096 MB"));
    EXPECT_TRUE(ok);

    // Unset: the default's number as placeholder, in the default's unit.
    editor.display(Value(), QStringLiteral("not set"));
    EXPECT_TRUE(editor.numberEdit()->text().isEmpty());
    EXPECT_EQ(editor.numberEdit()->placeholderText(), QStringLiteral("2"));
    EXPECT_EQ(editor.unitCombo()->currentText(), QStringLiteral("GB"));
    EXPECT_TRUE(editor.value(&ok).isNull());

    editor.numberEdit()->setText(QStringLiteral("1e"));
    EXPECT_TRUE(editor.value(&ok).isNull());
    EXPECT_FALSE(ok);
    EXPECT_EQ(editor.invalidReason(), QStringLiteral("'1e' is not a number"));
}

TEST(ScalarUnitValueEditor, WithoutADefaultTheUsualUnitIsOffered)
{
    const auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    Box box;
    ScalarUnitValueEditor editor(setupFor(definition("scalar-unit.time"), document->types()),
                                 &box.widget);
    editor.display(Value(), QStringLiteral("required"));
    EXPECT_EQ(editor.numberEdit()->placeholderText(), QStringLiteral("required"));
    EXPECT_EQ(editor.unitCombo()->currentText(), QStringLiteral("s"));
}

TEST(ChoiceValueEditor, AValueOutsideTheChoicesIsShownUntilAValidOneIsShown)
{
    const auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    Box box;
    ChoiceValueEditor editor(
        setupFor(definition("string", validValues({"tcp", "udp"})), document->types()),
        &box.widget);
    auto *combo = static_cast<QComboBox *>(editor.focusWidget());
    editor.display(Value::scalar(QStringLiteral("sctp")), QString());
    EXPECT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->currentText(), QStringLiteral("sctp"));
    bool ok = false;
    EXPECT_EQ(editor.value(&ok).text(), QStringLiteral("sctp"));
    editor.display(Value::scalar(QStringLiteral("udp")), QString());
    EXPECT_EQ(combo->count(), 2);
    EXPECT_EQ(editor.value(&ok).text(), QStringLiteral("udp"));
    editor.display(Value(), QStringLiteral("not set"));
    EXPECT_EQ(combo->currentIndex(), -1);
    EXPECT_TRUE(editor.value(&ok).isNull());
}

TEST(BooleanValueEditor, AClickIsAChoiceAndTheTextSaysWhatItIsNow)
{
    const auto document = Topologist::Test::openExample(QStringLiteral("marathon"));
    Box box;
    PropertyDefinition optional = definition("boolean");
    optional.required = false;
    ValueEditor::Setup setup = setupFor(optional, document->types());
    setup.defaultValue = Value::scalar(QStringLiteral("true"));
    BooleanValueEditor editor(setup, &box.widget);
    auto *check = static_cast<QCheckBox *>(editor.focusWidget());
    QSignalSpy chosen(&editor, &ValueEditor::chosen);
    editor.display(Value(), QString());
    EXPECT_EQ(check->checkState(), Qt::PartiallyChecked);
    EXPECT_EQ(check->text(), QStringLiteral("default: true"));
    check->click(); // partially checked → checked
    EXPECT_EQ(chosen.count(), 1);
    EXPECT_EQ(check->text(), QStringLiteral("true"));
    bool ok = false;
    EXPECT_EQ(editor.value(&ok).text(), QStringLiteral("true"));
    check->click(); // → unchecked
    EXPECT_EQ(check->text(), QStringLiteral("false"));
    EXPECT_FALSE(editor.fits(Value::scalar(QStringLiteral("yes"))));
}
