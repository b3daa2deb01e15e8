// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/value.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// An interface operation: its implementation artifact (a script path inside the archive) and
/// its inputs, which are usually TOSCA functions evaluated by the orchestrator.
struct OperationDefinition
{
    QString name;
    QString description;
    QString implementation;
    Value inputs; // map of name -> value, null when none
    SourceLocation location;

    friend bool operator==(const OperationDefinition &a, const OperationDefinition &b)
    {
        return a.name == b.name && a.description == b.description
               && a.implementation == b.implementation && a.inputs == b.inputs;
    }
};

using OperationDefinitions = QList<OperationDefinition>;

} // namespace Topologist
