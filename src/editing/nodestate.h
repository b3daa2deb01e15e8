// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetemplate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Topologist {

/// The state of one node template slot before or after an edit: the node (or nothing, when the
/// edit adds or removes it) and its position in the file's order. Commands keep a list of these
/// for "before" and one for "after"; undo and redo just apply one list or the other.
struct NodeState
{
    QString name;
    int index = -1;
    std::optional<NodeTemplate> node;
};

using NodeStates = QList<NodeState>;

/// The nodes an edit renamed, old name to new: applying the edit tells views "renamed" rather
/// than "removed" and "added", so they keep the node's place, selection and open editor.
using NodeRenames = QHash<QString, QString>;

} // namespace Topologist
