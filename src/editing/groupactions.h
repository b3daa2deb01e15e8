// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/groupdefinition.h"

#include <QString>
#include <QStringList>

namespace Topologist {

class TopologyDocument;

/// The edits of a topology's groups, each one undo step, as the groups panel and the canvas's
/// Group Selection ask for them. A group's name is unique among the groups and differs from
/// every node's, since a policy target names either: an edit that breaks this is refused
/// (false), as is one that changes nothing.
class GroupActions
{
public:
    explicit GroupActions(TopologyDocument *document);

    bool addGroup(const GroupDefinition &group);
    /// Replaces group `name` by `group`; a new name is carried into the policies targeting it.
    bool changeGroup(const QString &name, const GroupDefinition &group);
    /// Removes group `name`; policies targeting it lose the target.
    bool removeGroup(const QString &name);
    /// Makes a group of `members` named freeName(); its name, or empty when nothing was made.
    QString groupNodes(const QStringList &members);

    /// "Group1", "Group2", ...: the first free for a group.
    QString freeName() const;
    /// Whether `name` would be a fine name for group `current` (empty for a new group).
    bool isFreeName(const QString &name, const QString &current = QString()) const;

private:
    TopologyDocument *m_document;
};

} // namespace Topologist
