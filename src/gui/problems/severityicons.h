// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace Topologist {

/// Severity and quick-fix icons for the problem list and the outline's problem markers: the
/// application's own icons when the icon set has them, otherwise small ones painted here, so
/// the panels never show a problem without a marker.
class SeverityIcons
{
public:
    static QIcon forSeverity(Severity severity);
    static QIcon quickFix();
    /// The colour a severity is drawn in (badges, counts).
    static QColor color(Severity severity);
    /// "error", "warning", "info", translated.
    static QString name(Severity severity);
    /// "Errors", "Warnings", "Infos", translated.
    static QString plural(Severity severity);
};

} // namespace Topologist
