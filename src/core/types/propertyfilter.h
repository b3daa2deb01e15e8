// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "types/constraint.h"

#include <QList>
#include <QString>

namespace Topologist {

/// One entry of a node_filter's `properties` list: a property name and the constraints its
/// value must satisfy (`- distribution: { valid_values: [ubuntu, centos] }`).
struct PropertyFilter
{
    QString property;
    Constraints constraints;
    SourceLocation location;

    friend bool operator==(const PropertyFilter &a, const PropertyFilter &b)
    {
        return a.property == b.property && a.constraints == b.constraints;
    }
};

using PropertyFilters = QList<PropertyFilter>;

} // namespace Topologist
