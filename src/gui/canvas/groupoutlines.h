// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Topologist {

class GroupOutlineItem;
class TopologyDocument;
class TopologyScene;

/// Keeps one GroupOutlineItem per group of the topology around the cards of its members, as the
/// groups change and the cards move. A topology without groups costs nothing: the outlines are
/// computed only when there are groups, and then from their members' cards alone; the scene's
/// every change is listened to only while there are outlines.
class GroupOutlines : public QObject
{
    Q_OBJECT

public:
    explicit GroupOutlines(TopologyScene *scene);

    /// Follows the groups and policies of `document` (the scene's).
    void setDocument(TopologyDocument *document);
    /// The outline of group `name`, or null when it has none on the canvas (no member card).
    GroupOutlineItem *outline(const QString &name) const;
    /// Whether it listens to every change of the scene: only while there are outlines.
    bool followsCards() const { return m_followingCards; }
    /// Brings the outlines up to date with the document and the cards now.
    void update();

private:
    /// Listens to every change of the scene (cards moving), or stops listening.
    void followCards(bool follow);
    /// The label of group `name`: its name and the policies applied to it.
    QString labelOf(const QString &name) const;

    TopologyScene *m_scene;
    QPointer<TopologyDocument> m_document;
    QHash<QString, QPointer<GroupOutlineItem>> m_items;
    bool m_updating = false;
    bool m_followingCards = false;
};

} // namespace Topologist
