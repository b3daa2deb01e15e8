// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "nodestate.h"

#include <QString>

class QUndoCommand;

namespace Topologist {

class TopologyDocument;

/// One undo step that takes a document from its archive to `after`, each changed part through
/// the finest command that covers it: the nodes that differ and the sections (EditNodesCommand,
/// so views update those nodes only), the header, the imports, the metadata entries. When
/// anything else differs (type sections, repositories, workflows...), the whole archive is
/// replaced instead and views rebuild.
class ArchiveChange
{
public:
    /// The command, or null when `after` is the document's archive. `renames` pairs nodes of
    /// the document with their names in `after`, so views follow them.
    static QUndoCommand *command(TopologyDocument *document,
                                 const ToscaArchive &after,
                                 const QString &text,
                                 const NodeRenames &renames = {});

private:
    /// Whether `a` and `b` differ in a part only replacing the archive can change.
    static bool differBeyondEdits(const ToscaArchive &a, const ToscaArchive &b);
    static void addNodeEdit(TopologyDocument *document,
                            const ToscaArchive &after,
                            const NodeRenames &renames,
                            QUndoCommand *parent);
};

} // namespace Topologist
