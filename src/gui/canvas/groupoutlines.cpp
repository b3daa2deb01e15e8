// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/groupoutlines.h"

#include "canvas/groupoutlineitem.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "topologydocument.h"

#include <QSet>

namespace Topologist {

GroupOutlines::GroupOutlines(TopologyScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
    connect(scene, &TopologyScene::built, this, &GroupOutlines::update);
}

void GroupOutlines::followCards(bool follow)
{
    if (follow == m_followingCards)
        return;
    m_followingCards = follow;
    // `changed` comes once per event loop pass after anything moved or was redrawn: the
    // outlines follow a card being dragged as well as the document's edits. Qt gathers the
    // changed regions only while something listens, so a topology without groups does not.
    if (follow)
        connect(m_scene, &QGraphicsScene::changed, this, &GroupOutlines::update);
    else
        disconnect(m_scene, &QGraphicsScene::changed, this, &GroupOutlines::update);
}

void GroupOutlines::setDocument(TopologyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &TopologyDocument::sectionsChanged, this, &GroupOutlines::update);
    update();
}

GroupOutlineItem *GroupOutlines::outline(const QString &name) const
{
    return m_items.value(name);
}

QString GroupOutlines::labelOf(const QString &name) const
{
    QStringList policies;
    for (const PolicyDefinition &policy : m_scene->document()->topology().policies) {
        if (policy.targets.contains(name))
            policies << policy.name;
    }
    return policies.isEmpty() ? name : tr("%1 · %2").arg(name, policies.join(QStringLiteral(", ")));
}

void GroupOutlines::update()
{
    const TopologyDocument *document = m_scene->document();
    if (m_updating || m_scene->isBuilding()
        || ((!document || document->topology().groups.isEmpty()) && m_items.isEmpty()))
        return;
    m_updating = true; // moving an outline changes the scene too
    QSet<QString> present;
    for (const GroupDefinition &group :
         document ? document->topology().groups : GroupDefinitions()) {
        QRectF members;
        bool hosted = false;
        for (const QString &member : group.members) {
            if (const NodeItem *item = m_scene->nodeItem(member); item && item->scene()) {
                members |= item->sceneBoundingRect();
                hosted = hosted || item->parentItem();
            }
        }
        if (members.isNull())
            continue;
        QPointer<GroupOutlineItem> &item = m_items[group.name];
        if (!item) {
            item = new GroupOutlineItem;
            m_scene->addItem(item);
        }
        item->setOutline(members,
                         hosted ? GroupOutlineItem::hostedMargin : GroupOutlineItem::margin,
                         labelOf(group.name));
        present.insert(group.name);
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (present.contains(it.key()) && it.value()) {
            ++it;
            continue;
        }
        delete it.value().data();
        it = m_items.erase(it);
    }
    followCards(!m_items.isEmpty());
    m_updating = false;
}

} // namespace Topologist
