// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/toscaarchive.h"
#include "model/value.h"

#include <QByteArray>

namespace Topologist {

/// A topology as text in which only what TopologyDiff counts as a change shows: what git's
/// `diff.tosca.textconv` turns each version into before it compares them line by line.
///
/// The archive is written as the designer saves it (ToscaWriter), made canonical first: no
/// comments; node templates, inputs, outputs, groups, policies, imports, repositories,
/// capabilities, artifacts and metadata sorted by name, requirements by name (repeats of a name
/// keep their order, which is data); every map's keys sorted, every scalar unquoted (quoting is
/// formatting; the writer quotes what needs it). Canvas positions, which a move rewrites in one
/// long metadata line, are left out of the YAML and listed after it, one comment line per node,
/// or dropped.
class CanonicalTopology
{
public:
    enum class Layout { Separate, Drop };

    static QByteArray text(const ToscaArchive &archive, Layout layout = Layout::Separate);
    /// The archive with the canonical order and no comments or quoting.
    static ToscaArchive canonical(const ToscaArchive &archive);
    /// A value with its maps' keys sorted, at every depth, and its scalars unquoted.
    static Value canonical(const Value &value);

private:
    static void sortNodes(TopologyTemplate *topology);
    static void canonicalizeNode(NodeTemplate *node);
    static void canonicalizeTopology(TopologyTemplate *topology);
    static QByteArray layoutLines(const ToscaArchive &archive);
};

} // namespace Topologist
