// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topologytemplate.h"
#include "validation/quickfix.h"

#include <QString>
#include <QStringList>

namespace Topologist {

/// Applies a quick fix's edits to a topology. The designer wraps this in one undo command; the
/// CLI and the tests call it directly.
class QuickFixApplier
{
public:
    /// Applies every edit; false (with the reason) when an edit no longer fits the topology,
    /// e.g. its node was deleted since the problem was found. Edits already made stay made, so
    /// callers that need all-or-nothing apply to a copy.
    static bool apply(TopologyTemplate *topology, const QuickFix &fix, QString *error = nullptr);
    /// The node names a fix touches (the designer snapshots them for undo); edits of groups and
    /// policies touch none.
    static QStringList affectedNodes(const QuickFix &fix);
    /// Renames a node and every requirement that targets it.
    static bool renameNode(TopologyTemplate *topology, const QString &from, const QString &to);
};

} // namespace Topologist
