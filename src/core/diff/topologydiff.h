// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/change.h"

#include <QHash>
#include <QString>

namespace Topologist {

struct NodeTemplate;
struct ToscaArchive;
class TopologyTemplate;

/// Compares two versions of a topology at the model level and lists what changed, element by
/// element: header and imports, inputs, node templates (added, removed, renamed, retyped, and
/// their properties, capability values, requirements, artifacts, interfaces), outputs, groups
/// and policies. What only the text differs in (formatting, quoting, key order, comments, the
/// order of nodes or of differently named requirements) is no change. Canvas positions are
/// changes of Area::Layout, which a caller may leave out (withoutLayout()).
///
/// The changes come in a stable order (header, imports, inputs, nodes in the newer file's
/// order, removed nodes, outputs, groups, policies), so a view can step through them.
class TopologyDiff
{
public:
    static Changes compare(const ToscaArchive &before, const ToscaArchive &after);
    static Changes compare(const TopologyTemplate &before, const TopologyTemplate &after);
    static Changes withoutLayout(const Changes &changes);

    /// Nodes renamed from `before` to `after` (old name -> new name).
    static QHash<QString, QString> renamedNodes(const TopologyTemplate &before,
                                                const TopologyTemplate &after);

    /// A canvas position as a value ("x y"), null when the node has none.
    static Value positionValue(const NodeTemplate &node);
};

} // namespace Topologist
