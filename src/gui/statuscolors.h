// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QWidget;

namespace Topologist {

/// The colours that say error, warning and fine, for the whole GUI. Text colours read on the
/// application palette's windows and fields (WCAG AA, 4.5:1): dark on a light palette,
/// light on a dark one.
class StatusColors
{
public:
    static QColor error();
    static QColor warning();
    static QColor ok();
    /// Behind a field whose value is wrong.
    static QColor errorBackground();
    /// A value that is a TOSCA function (get_input, concat...), not a literal.
    static QColor function();
    /// What a comparison with another version finds added, changed and removed (the canvas
    /// marks cards in CanvasStyle's matching colours).
    static QColor added();
    static QColor changed();
    static QColor removed();

    /// Shows `widget`'s text (a label's, say) in the error or the warning colour.
    static void showAsError(QWidget *widget);
    static void showAsWarning(QWidget *widget);
};

} // namespace Topologist
