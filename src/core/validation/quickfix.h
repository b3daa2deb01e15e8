// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/quickfixedit.h"

#include <QList>
#include <QString>

namespace Topologist {

/// A repair the validator proposes for a problem ("Set default_instances of MasterCompute to
/// 3"), as a list of edits applied together as one undo step.
struct QuickFix
{
    QString description;
    QList<QuickFixEdit> edits;
};

using QuickFixes = QList<QuickFix>;

} // namespace Topologist
