// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Topologist {

class TopologyTemplate;

/// Renames node templates and every reference to them (requirement targets, group members,
/// policy targets) in one pass. A rename onto a name another node keeps is skipped.
class NodeRenamer
{
public:
    static void apply(TopologyTemplate *topology, const QHash<QString, QString> &renames);
};

} // namespace Topologist
