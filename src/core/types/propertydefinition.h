// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"
#include "types/constraint.h"

#include <QList>
#include <QString>

#include <memory>

namespace Topologist {

/// A property (or input, or data type field) definition: its TOSCA type, whether it is required
/// (TOSCA's default: yes), its default and its constraints. `entrySchema` describes the members
/// of a list or map property.
struct PropertyDefinition
{
    QString name;
    QString type;
    QString description;
    bool required = true;
    Value defaultValue; // null when there is none
    Constraints constraints;
    QString entrySchemaType;
    Constraints entrySchemaConstraints;
    /// For attributes declared as a bare function (`external_url: { concat: [...] }`), the
    /// expression; null otherwise.
    Value expression;
    /// Keys this model does not know (`status`, `metadata`, ...), kept so that saving an input
    /// never drops them.
    Value extras;
    SourceLocation location;

    bool hasDefault() const { return !defaultValue.isNull(); }

    friend bool operator==(const PropertyDefinition &a, const PropertyDefinition &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
               && a.required == b.required && a.defaultValue == b.defaultValue
               && a.constraints == b.constraints && a.entrySchemaType == b.entrySchemaType
               && a.entrySchemaConstraints == b.entrySchemaConstraints
               && a.expression == b.expression && a.extras == b.extras;
    }
};

using PropertyDefinitions = QList<PropertyDefinition>;

/// The definition named `name` in `definitions`, or null.
const PropertyDefinition *findDefinition(const PropertyDefinitions &definitions,
                                         const QString &name);

} // namespace Topologist
