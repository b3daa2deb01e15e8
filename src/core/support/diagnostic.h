// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/severity.h"
#include "support/sourcelocation.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A message about an input file, found while reading or resolving it (as opposed to a
/// validation Problem about the topology's meaning). Printed as `file:line:column: error: text`.
struct Diagnostic
{
    Severity severity = Severity::Error;
    /// Stable code such as TOPO-YAML-001, so tools and tests do not match on message text.
    QString code;
    SourceLocation location;
    QString message;

    static Diagnostic
    error(const QString &code, const SourceLocation &location, const QString &message)
    {
        return {Severity::Error, code, location, message};
    }
    static Diagnostic
    warning(const QString &code, const SourceLocation &location, const QString &message)
    {
        return {Severity::Warning, code, location, message};
    }

    /// `file:line:column: severity: message` as compilers print it.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Topologist
