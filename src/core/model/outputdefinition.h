// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A topology output (`masters_ip: {value: {get_attribute: [...]}}`).
struct OutputDefinition
{
    QString name;
    QString description;
    Value value;
    Value extras;
    SourceLocation location;

    friend bool operator==(const OutputDefinition &a, const OutputDefinition &b)
    {
        return a.name == b.name && a.description == b.description && a.value == b.value
               && a.extras == b.extras;
    }
};

using OutputDefinitions = QList<OutputDefinition>;

} // namespace Topologist
