// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A property of the substitute type given by a topology input: `name: [ input ]` under
/// `substitution_mappings.properties` (TOSCA 1.2 and later). Other forms TOSCA allows there (a
/// value, or the older `[ node, property ]`) leave `input` empty and are kept as written.
struct PropertyMapping
{
    QString name;
    QString input;
    SourceLocation location;

    bool isInputMapping() const { return !input.isEmpty(); }

    friend bool operator==(const PropertyMapping &a, const PropertyMapping &b)
    {
        return a.name == b.name && a.input == b.input;
    }
    friend bool operator!=(const PropertyMapping &a, const PropertyMapping &b) { return !(a == b); }
};

using PropertyMappings = QList<PropertyMapping>;

} // namespace Topologist
