// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties/editors/valueeditorfactory.h"

#include "properties/editors/booleanvalueeditor.h"
#include "properties/editors/choicevalueeditor.h"
#include "properties/editors/floatvalueeditor.h"
#include "properties/editors/groupvalueeditor.h"
#include "properties/editors/integervalueeditor.h"
#include "properties/editors/scalarunitvalueeditor.h"
#include "properties/editors/textvalueeditor.h"
#include "types/typeregistry.h"

namespace Topologist {

ValueEditor::Kind ValueEditorFactory::kindFor(const PropertyDefinition &definition,
                                              const PropertyConstraints &constraints,
                                              const TypeRegistry &types,
                                              int depth)
{
    using Kind = ValueEditor::Kind;
    const QString &primitive = constraints.primitive();
    if (!constraints.validValues().isEmpty() && primitive != QLatin1String("list")
        && primitive != QLatin1String("map"))
        return Kind::Choice;
    if (primitive == QLatin1String("integer"))
        return Kind::Integer;
    if (primitive == QLatin1String("float"))
        return Kind::Float;
    if (primitive == QLatin1String("boolean"))
        return Kind::Boolean;
    if (primitive == QLatin1String("string") || primitive == QLatin1String("version")
        || primitive == QLatin1String("timestamp"))
        return Kind::Text;
    if (primitive.startsWith(QLatin1String("scalar-unit.")))
        return Kind::ScalarUnit;
    if (primitive.isEmpty() && !definition.type.isEmpty()
        && types.resolved(TypeKind::Data, definition.type) && depth < 4)
        return Kind::Group;
    return Kind::Yaml;
}

ValueEditor *ValueEditorFactory::create(ValueEditor::Kind kind,
                                        const ValueEditor::Setup &setup,
                                        QWidget *box,
                                        QObject *parent)
{
    switch (kind) {
    case ValueEditor::Kind::Text:
        return new TextValueEditor(setup, box, parent);
    case ValueEditor::Kind::Choice:
        return new ChoiceValueEditor(setup, box, parent);
    case ValueEditor::Kind::Integer:
        return new IntegerValueEditor(setup, box, parent);
    case ValueEditor::Kind::Float:
        return new FloatValueEditor(setup, box, parent);
    case ValueEditor::Kind::Boolean:
        return new BooleanValueEditor(setup, box, parent);
    case ValueEditor::Kind::ScalarUnit:
        return new ScalarUnitValueEditor(setup, box, parent);
    case ValueEditor::Kind::Group:
        return new GroupValueEditor(setup, box, parent);
    case ValueEditor::Kind::Yaml:
        break;
    }
    return nullptr;
}

} // namespace Topologist
