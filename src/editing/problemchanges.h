// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Topologist {

/// Which problems the last TopologyDocument::problemsChanged() concerns: every problem (a new
/// topology, new types, the server's verdict) or those of a few nodes (an edit). An empty node
/// name stands for the problems of no node.
struct ProblemChanges
{
    bool all = true;
    QSet<QString> nodes;
};

} // namespace Topologist
