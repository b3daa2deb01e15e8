// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/sourcelocation.h"
#include "types/operationdefinition.h"

#include <QList>
#include <QString>

namespace Topologist {

/// An interface (Standard, Configure, or a custom one) with its operations.
struct InterfaceDefinition
{
    /// As written: `Standard` or `tosca.interfaces.node.lifecycle.Standard`.
    QString name;
    QString type;
    QString description;
    OperationDefinitions operations;
    SourceLocation location;

    /// Long and short names denote the same interface (`Standard` and
    /// `tosca.interfaces.node.lifecycle.Standard`).
    static QString canonicalName(const QString &name);

    friend bool operator==(const InterfaceDefinition &a, const InterfaceDefinition &b)
    {
        return a.name == b.name && a.type == b.type && a.description == b.description
               && a.operations == b.operations;
    }
};

using InterfaceDefinitions = QList<InterfaceDefinition>;

} // namespace Topologist
