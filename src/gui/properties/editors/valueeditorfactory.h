// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "properties/editors/valueeditor.h"

namespace Topologist {

class TypeRegistry;

/// Chooses and makes the typed editor a property calls for.
class ValueEditorFactory
{
public:
    /// The editor kind of a property: valid_values make a choice; then the primitive decides;
    /// a complex data type (not nested too deep) is a group of rows; everything else (lists,
    /// maps, unknown types, undeclared properties) is edited as YAML.
    static ValueEditor::Kind kindFor(const PropertyDefinition &definition,
                                     const PropertyConstraints &constraints,
                                     const TypeRegistry &types,
                                     int depth);
    /// The editor of `kind`, its widgets added to `box`'s layout; null for Kind::Yaml (the
    /// row's expression editor is the only one then).
    static ValueEditor *
    create(ValueEditor::Kind kind, const ValueEditor::Setup &setup, QWidget *box, QObject *parent);
};

} // namespace Topologist
