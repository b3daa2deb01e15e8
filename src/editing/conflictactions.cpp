// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictactions.h"

#include "archivechange.h"
#include "diff/conflictresolver.h"
#include "diff/mergeconflictrecord.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Topologist {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConflictActions)
};

QString stepText(const Conflict &conflict, MergeSide side)
{
    return side == MergeSide::Ours ? Tr::tr("Take ours: %1").arg(conflict.id())
                                   : Tr::tr("Take theirs: %1").arg(conflict.id());
}

} // namespace

ConflictActions::ConflictActions(TopologyDocument *document)
    : m_document(document)
{}

Conflicts ConflictActions::conflicts() const
{
    return MergeConflictRecord::read(m_document->archive());
}

bool ConflictActions::resolve(const Conflict &conflict, MergeSide side, QString *error)
{
    QString why;
    const std::optional<ToscaArchive> after
        = ConflictResolver::resolve(m_document->archive(), conflict, side, &why);
    if (!after) {
        if (error)
            *error = why;
        return false;
    }
    NodeRenames renames;
    const QString node = ConflictResolver::nodeOf(conflict);
    if (side == MergeSide::Theirs && conflict.kind == Conflict::Kind::BothRenamed)
        renames.insert(node, conflict.theirs.text());
    QUndoCommand *step
        = ArchiveChange::command(m_document, *after, stepText(conflict, side), renames);
    if (!step) {
        if (error)
            *error = Tr::tr("%1 is settled already").arg(conflict.id());
        return false;
    }
    m_document->undoStack()->push(step);
    return true;
}

} // namespace Topologist
