// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivechange.h"

#include "commands/editnodescommand.h"
#include "commands/replacearchivecommand.h"
#include "commands/setheadercommand.h"
#include "commands/setimportscommand.h"
#include "commands/setmetadatatagscommand.h"
#include "topologydocument.h"

#include <QSet>
#include <QUndoCommand>

namespace Topologist {

namespace {

NodeState stateIn(const TopologyTemplate &topology, const QString &name)
{
    NodeState state;
    state.name = name;
    state.index = topology.indexOf(name);
    if (state.index >= 0)
        state.node = topology.nodeAt(state.index);
    return state;
}

SetHeaderCommand::Header headerOf(const ToscaArchive &archive)
{
    return {archive.name, archive.version, archive.author, archive.description};
}

bool sameHeader(const ToscaArchive &a, const ToscaArchive &b)
{
    return a.name == b.name && a.version == b.version && a.author == b.author
           && a.description == b.description;
}

} // namespace

bool ArchiveChange::differBeyondEdits(const ToscaArchive &a, const ToscaArchive &b)
{
    if (a.toscaDefinitionsVersion != b.toscaDefinitionsVersion
        || a.headerInMetadata != b.headerInMetadata || a.repositories != b.repositories
        || a.typeSections != b.typeSections || a.extras != b.extras || a.comments != b.comments
        || a.topology.has_value() != b.topology.has_value())
        return true;
    if (!a.topology)
        return false;
    const TopologyTemplate &x = *a.topology;
    const TopologyTemplate &y = *b.topology;
    return x.description != y.description || x.inputArtifacts != y.inputArtifacts
           || x.policiesAsMap != y.policiesAsMap || x.substitutionMappings != y.substitutionMappings
           || x.workflows != y.workflows || x.extras != y.extras;
}

void ArchiveChange::addNodeEdit(TopologyDocument *document,
                                const ToscaArchive &after,
                                const NodeRenames &renames,
                                QUndoCommand *parent)
{
    const TopologyTemplate &from = document->topology();
    const TopologyTemplate &to = *after.topology;
    QStringList names = from.nodeNames();
    QSet<QString> known(names.cbegin(), names.cend());
    for (const QString &name : to.nodeNames()) {
        if (!known.contains(name))
            names.append(name);
    }
    NodeStates before;
    NodeStates states;
    for (const QString &name : std::as_const(names)) {
        NodeState was = stateIn(from, name);
        NodeState becomes = stateIn(to, name);
        // Slots that only shift as others come or go are left alone.
        if (was.node == becomes.node)
            continue;
        before.append(was);
        states.append(becomes);
    }
    const TopologySections sectionsBefore = TopologySections::of(from);
    const TopologySections sectionsAfter = TopologySections::of(to);
    if (states.isEmpty() && sectionsBefore == sectionsAfter)
        return;
    auto *edit = new EditNodesCommand(
        document, parent->text(), before, states, renames, QString(), parent);
    if (sectionsBefore != sectionsAfter)
        edit->setSections(sectionsBefore, sectionsAfter);
}

QUndoCommand *ArchiveChange::command(TopologyDocument *document,
                                     const ToscaArchive &after,
                                     const QString &text,
                                     const NodeRenames &renames)
{
    const ToscaArchive &before = document->archive();
    if (before == after)
        return nullptr;
    auto *step = new QUndoCommand(text);
    if (differBeyondEdits(before, after) || !after.topology) {
        new ReplaceArchiveCommand(document, before, after, step);
        return step;
    }
    addNodeEdit(document, after, renames, step);
    if (!sameHeader(before, after))
        new SetHeaderCommand(document, headerOf(before), headerOf(after), step);
    if (before.imports != after.imports)
        new SetImportsCommand(document, before.imports, after.imports, step);
    if (before.metadataTags != after.metadataTags)
        new SetMetadataTagsCommand(document, before.metadataTags, after.metadataTags, step);
    return step;
}

} // namespace Topologist
