// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/topologyscene.h"
#include "plaintext.h"

#include "canvas/canvaslayout.h"
#include "canvas/labelplacer.h"
#include "canvas/problembadgeitem.h"
#include "canvas/problembadges.h"
#include "canvas/relationshipitem.h"
#include "documentactions.h"
#include "problems/quickfixmenu.h"
#include "selectionmodel.h"
#include "topologydocument.h"
#include "types/relationshipmatcher.h"
#include "types/typenames.h"
#include "validation/validationcontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMap>
#include <QMenu>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Topologist {

using namespace CanvasStyle;

namespace {

QPointF rounded(const QPointF &point)
{
    return QPointF(std::round(point.x()), std::round(point.y()));
}

NodeItem *nodeFor(QGraphicsItem *item)
{
    while (item && item->type() != NodeItem::Type)
        item = item->parentItem();
    return static_cast<NodeItem *>(item);
}

} // namespace

TopologyScene::TopologyScene(const TypeCatalog &catalog, QObject *parent)
    : QGraphicsScene(parent)
    , m_contentBuilder(catalog)
    , m_quickFixes(new QuickFixMenu(this))
{
    // Nodes, arrows and their labels move and resize all the time while the user works, and
    // long arrows span much of the scene, which a BSP index handles badly; painting culls
    // by bounding rectangle from the (few hundred) top-level items anyway.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(m_quickFixes, &QuickFixMenu::statusMessage, this, &TopologyScene::statusMessage);
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::syncSelectionToModel);
}

TopologyScene::~TopologyScene()
{
    // Items go before the members they point into.
    m_syncingSelection = true;
    clear();
}

TopologyDocument *TopologyScene::document() const
{
    return m_document;
}

SelectionModel *TopologyScene::selectionModel() const
{
    return m_selection;
}

void TopologyScene::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    cancelInteraction();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_selection = selection;
    m_quickFixes->setDocument(document);
    if (document && selection)
        selection->followRenames(document);
    if (document) {
        m_connections
            << connect(document, &TopologyDocument::nodeAdded, this, &TopologyScene::markDirty)
            << connect(document, &TopologyDocument::nodeRemoved, this, &TopologyScene::markDirty)
            << connect(document, &TopologyDocument::nodeChanged, this, &TopologyScene::markDirty)
            << connect(
                   document, &TopologyDocument::nodeRenamed, this, &TopologyScene::onNodeRenamed)
            << connect(document, &TopologyDocument::nodesMoved, this, &TopologyScene::onNodesMoved)
            << connect(document, &TopologyDocument::documentReset, this, &TopologyScene::rebuild)
            << connect(document,
                       &TopologyDocument::problemsChanged,
                       this,
                       &TopologyScene::onProblemsChanged)
            << connect(
                   document, &TopologyDocument::editFinished, this, &TopologyScene::onEditFinished)
            << connect(
                   document, &QObject::destroyed, this, [this] { setDocument(nullptr, nullptr); });
    }
    if (selection) {
        m_connections << connect(selection,
                                 &SelectionModel::selectionChanged,
                                 this,
                                 &TopologyScene::syncSelectionFromModel);
    }
    rebuild();
}

// ---------------------------------------------------------------------------------------------
// Following the document

void TopologyScene::rebuild()
{
    cancelInteraction();
    m_syncingSelection = true;
    clear();
    m_syncingSelection = false;
    m_dragLine = nullptr;
    m_ghost = nullptr;
    m_nodes.clear();
    m_automatic.clear();
    m_contentBuilder.clearIcons();
    m_dirty.clear();
    m_problemsStale = false;
    if (!m_document) {
        updateSceneRect();
        emit contentChanged();
        return;
    }
    const TopologyTemplate &topology = m_document->topology();
    const ValidationContext context(m_document->archive(), topology, m_document->types());
    for (const NodeTemplate &node : topology.nodes()) {
        if (m_nodes.contains(node.name))
            continue; // a duplicate name is a validation error; draw the first
        createNodeItem(node.name)->setContent(
            m_contentBuilder.build(node, context, m_document->types()));
    }
    for (NodeItem *item : std::as_const(m_nodes))
        updateHost(item, context, nullptr);
    for (NodeItem *item : std::as_const(m_nodes))
        rebuildOutgoing(item, context, nullptr);
    for (NodeItem *item : std::as_const(m_nodes))
        refreshCapabilities(item);
    const QList<NodeItem *> roots = rootItems();
    for (NodeItem *root : roots)
        layoutTree(root);
    assignAutomaticPositions(true);
    for (NodeItem *root : roots)
        placeRoot(root);
    for (NodeItem *root : roots)
        updateRelationshipsOf(root);
    // Once everything is in place: arrow labels look for free space among the cards.
    LabelPlacer::place(m_nodes, relationshipItems());
    updateProblems();
    syncSelectionFromModel();
    updateSceneRect();
    emit contentChanged();
}

void TopologyScene::markDirty(const QString &name)
{
    m_dirty.insert(name);
    scheduleFlush();
}

void TopologyScene::onNodeRenamed(const QString &from, const QString &to)
{
    // The same card under another name stays where it was (a saved position moves with the
    // node; an automatic one is carried over here, and kept for an undo).
    const auto spot = m_automatic.constFind(from);
    if (spot != m_automatic.constEnd())
        m_automatic.insert(to, *spot);
    markDirty(from);
    markDirty(to);
}

void TopologyScene::onProblemsChanged()
{
    // During an edit the badges wait for its end, when the cards they go on exist.
    m_problemsStale = true;
    if (m_dirty.isEmpty())
        onEditFinished();
}

void TopologyScene::onEditFinished()
{
    flush();
    if (std::exchange(m_problemsStale, false))
        updateProblems();
}

void TopologyScene::scheduleFlush()
{
    // The document reports problems after every edit, which flushes; the queued call covers
    // any signal that comes without.
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        flush();
    });
}

void TopologyScene::flush()
{
    if (!m_document) {
        m_dirty.clear();
        return;
    }
    if (m_dirty.isEmpty())
        return;
    cancelInteraction();
    // Cards come and go below (a renamed node's card is replaced): the selection is the model's
    // and is applied to the new cards at the end, not taken from the scene on the way.
    m_syncingSelection = true;
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    const TopologyTemplate &topology = m_document->topology();
    const ValidationContext context(m_document->archive(), topology, m_document->types());
    QSet<NodeItem *> relayout;
    QSet<NodeItem *> capabilitiesDirty;
    QSet<QString> orphans;

    for (const QString &name : dirty) {
        if (!topology.contains(name)) {
            if (NodeItem *item = m_nodes.value(name))
                removeNodeItem(item, &relayout, &capabilitiesDirty, &orphans);
        }
    }
    QSet<NodeItem *> sources;
    QList<NodeItem *> changed;
    for (const QString &name : dirty) {
        const NodeTemplate *node = topology.node(name);
        if (!node)
            continue;
        NodeItem *item = m_nodes.value(name);
        const bool created = !item;
        if (created) {
            item = createNodeItem(name);
            // Relationships that waited for this node (an undone delete, a rename back).
            for (const QString &source : context.sourcesOf(name)) {
                if (NodeItem *sourceItem = m_nodes.value(source))
                    sources.insert(sourceItem);
            }
        }
        // A node named by a signal may look exactly the same: then its item is left alone
        // (no geometry change, no repaint), which keeps broad signals cheap.
        NodeContent content = m_contentBuilder.build(*node, context, m_document->types());
        if (created || content != item->content()) {
            item->setContent(content);
            relayout.insert(item);
        }
        sources.insert(item);
        changed.append(item);
    }
    for (const QString &name : std::as_const(orphans)) {
        if (NodeItem *item = m_nodes.value(name); item && !changed.contains(item))
            changed.append(item);
    }
    for (NodeItem *item : std::as_const(changed))
        updateHost(item, context, &relayout);
    for (NodeItem *item : std::as_const(sources))
        rebuildOutgoing(item, context, &capabilitiesDirty);
    for (NodeItem *item : std::as_const(capabilitiesDirty)) {
        if (refreshCapabilities(item))
            relayout.insert(item);
    }

    QSet<NodeItem *> roots;
    for (NodeItem *item : std::as_const(relayout)) {
        if (m_nodes.value(item->name()) == item)
            roots.insert(item->rootItem());
    }
    // Positions also change through node edits (placing nodes that had none, and its undo).
    for (NodeItem *item : std::as_const(changed)) {
        if (!item->hostItem() && item->pos() != rootPosition(item->name()))
            roots.insert(item);
    }
    for (NodeItem *root : std::as_const(roots))
        layoutTree(root);
    for (NodeItem *root : std::as_const(roots)) {
        if (!hasSavedPosition(root->name()) && !m_automatic.contains(root->name()))
            m_automatic.insert(root->name(), freeSpot());
        placeRoot(root);
    }
    QSet<RelationshipItem *> moved;
    for (NodeItem *root : std::as_const(roots))
        updateRelationshipsOf(root, &moved);
    LabelPlacer::place(m_nodes, QList<RelationshipItem *>(moved.cbegin(), moved.cend()));

    m_syncingSelection = false;
    if (m_selection) {
        QStringList kept;
        for (const QString &name : m_selection->selectedNodes()) {
            if (m_nodes.contains(name))
                kept << name;
        }
        if (kept != m_selection->selectedNodes())
            m_selection->setSelectedNodes(kept);
        syncSelectionFromModel();
    }
    updateSceneRect();
    emit contentChanged();
}

void TopologyScene::onNodesMoved(const QStringList &names)
{
    flush();
    cancelInteraction();
    QSet<RelationshipItem *> moved;
    for (const QString &name : names) {
        NodeItem *item = m_nodes.value(name);
        if (!item || item->hostItem())
            continue;
        placeRoot(item);
        updateRelationshipsOf(item, &moved);
    }
    LabelPlacer::place(m_nodes, QList<RelationshipItem *>(moved.cbegin(), moved.cend()));
    updateSceneRect();
    emit contentChanged();
}

NodeItem *TopologyScene::createNodeItem(const QString &name)
{
    auto *item = new NodeItem(name);
    addItem(item);
    m_nodes.insert(name, item);
    return item;
}

void TopologyScene::removeNodeItem(NodeItem *item,
                                   QSet<NodeItem *> *relayout,
                                   QSet<NodeItem *> *capabilitiesDirty,
                                   QSet<QString> *orphans)
{
    for (NodeItem *child : item->hostedItems()) {
        const QPointF at = child->scenePos();
        child->setParentItem(nullptr);
        child->setPos(at);
        if (!hasSavedPosition(child->name()))
            m_automatic.insert(child->name(), at);
        orphans->insert(child->name());
        relayout->insert(child);
    }
    const QList<RelationshipItem *> outgoing = item->outgoing();
    for (RelationshipItem *relationship : outgoing) {
        detachRelationship(relationship, capabilitiesDirty);
        deleteRelationship(relationship);
    }
    item->outgoing().clear();
    const QList<RelationshipItem *> incoming = item->incoming();
    for (RelationshipItem *relationship : incoming) {
        if (NodeItem *source = relationship->sourceItem())
            source->outgoing().removeOne(relationship);
        deleteRelationship(relationship);
    }
    item->incoming().clear();
    if (NodeItem *host = item->hostItem())
        relayout->insert(host);
    relayout->remove(item);
    capabilitiesDirty->remove(item);
    // Its automatic position is kept: undoing the delete puts it back where it was.
    m_nodes.remove(item->name());
    // Later, not now: the item may be the one under the mouse in an event being delivered.
    removeItem(item);
    item->deleteLater();
}

bool TopologyScene::updateHost(NodeItem *item,
                               const ValidationContext &context,
                               QSet<NodeItem *> *relayout)
{
    const QString host = context.hostOf(item->name());
    NodeItem *hostItem = host.isEmpty() ? nullptr : m_nodes.value(host);
    // A hosting loop is a validation error; its nodes stay top level (the arrow shows it).
    if (hostItem == item || (hostItem && item->isAncestorOf(hostItem)))
        hostItem = nullptr;
    NodeItem *current = item->hostItem();
    if (current == hostItem)
        return false;
    const QPointF at = item->scenePos();
    if (relayout) {
        if (current)
            relayout->insert(current);
        if (hostItem)
            relayout->insert(hostItem);
        relayout->insert(item);
    }
    item->setParentItem(hostItem);
    if (!hostItem) {
        item->setPos(at);
        // Leaving a host: stay where it was drawn until the user places it.
        if (!hasSavedPosition(item->name()))
            m_automatic.insert(item->name(), at);
    }
    return true;
}

void TopologyScene::rebuildOutgoing(NodeItem *item,
                                    const ValidationContext &context,
                                    QSet<NodeItem *> *capabilitiesDirty)
{
    const NodeTemplate *node = m_document->topology().node(item->name());
    if (!node)
        return;
    QList<RelationshipContent> wanted;
    QList<NodeItem *> targets;
    for (int i = 0; i < int(node->requirements.size()); ++i) {
        const RequirementAssignment &r = node->requirements[i];
        NodeItem *target = r.node.isEmpty() ? nullptr : m_nodes.value(r.node);
        const NodeTemplate *targetNode = target ? m_document->topology().node(r.node) : nullptr;
        if (!targetNode)
            continue; // a dangling reference: the problem badge says so
        if (item->hostItem() == target && context.isHosting(*node, r))
            continue; // shown by nesting
        RelationshipContent content;
        content.source = item->name();
        content.requirementIndex = i;
        content.requirement = r.name;
        content.target = r.node;
        const CapabilityDefinition *capability = context.targetCapability(*node, r, *targetNode);
        content.capability = capability ? capability->name : QString();
        content.relationshipType = context.relationshipType(*node, r);
        content.label = TypeNames::shortName(content.relationshipType);
        content.dependsOn = m_document->types().derivesFrom(
            TypeKind::Relationship, content.relationshipType, TypeNames::dependsOn);
        wanted.append(content);
        targets.append(target);
    }
    QList<RelationshipItem *> &existing = item->outgoing();
    for (int k = 0; k < wanted.size(); ++k) {
        RelationshipItem *relationship = nullptr;
        if (k < existing.size()) {
            relationship = existing[k];
        } else {
            relationship = new RelationshipItem;
            addItem(relationship);
            existing.append(relationship);
        }
        NodeItem *oldTarget = relationship->targetItem();
        if (oldTarget != targets[k]) {
            if (oldTarget) {
                oldTarget->incoming().removeOne(relationship);
                if (capabilitiesDirty)
                    capabilitiesDirty->insert(oldTarget);
            }
            targets[k]->incoming().append(relationship);
            if (capabilitiesDirty)
                capabilitiesDirty->insert(targets[k]);
        } else if (relationship->content() == wanted[k]) {
            continue; // unchanged: its geometry follows its ends in updateRelationshipsOf
        } else if (capabilitiesDirty
                   && relationship->content().capability != wanted[k].capability) {
            capabilitiesDirty->insert(targets[k]);
        }
        relationship->setEnds(item, targets[k]);
        relationship->setContent(wanted[k]);
    }
    while (existing.size() > wanted.size()) {
        RelationshipItem *relationship = existing.takeLast();
        detachRelationship(relationship, capabilitiesDirty);
        deleteRelationship(relationship);
    }
}

void TopologyScene::detachRelationship(RelationshipItem *relationship,
                                       QSet<NodeItem *> *capabilitiesDirty)
{
    if (NodeItem *target = relationship->targetItem()) {
        target->incoming().removeOne(relationship);
        if (capabilitiesDirty)
            capabilitiesDirty->insert(target);
    }
    relationship->setEnds(nullptr, nullptr);
}

void TopologyScene::deleteRelationship(RelationshipItem *relationship)
{
    if (relationship == m_retargeted)
        m_retargeted = nullptr;
    removeItem(relationship);
    relationship->deleteLater();
}

bool TopologyScene::refreshCapabilities(NodeItem *item)
{
    QSet<QString> used;
    for (RelationshipItem *relationship : std::as_const(item->incoming())) {
        if (!relationship->content().capability.isEmpty())
            used.insert(relationship->content().capability);
    }
    QStringList ordered;
    const NodeTemplate *node = m_document->topology().node(item->name());
    const TypeDefinition *type
        = node ? m_document->types().resolved(TypeKind::Node, node->type) : nullptr;
    if (type) {
        for (const CapabilityDefinition &capability : type->capabilities) {
            if (used.remove(capability.name))
                ordered << capability.name;
        }
    }
    QStringList rest(used.cbegin(), used.cend());
    rest.sort();
    return item->setCapabilities(ordered + rest);
}

void TopologyScene::layoutTree(NodeItem *root)
{
    // Children are stacked in document order, each as wide as its host allows; a host is as
    // wide as its widest descendant needs.
    const TopologyTemplate &topology = m_document->topology();
    const auto children = [&](NodeItem *item) {
        QList<NodeItem *> list = item->hostedItems();
        std::sort(list.begin(), list.end(), [&](NodeItem *a, NodeItem *b) {
            return topology.indexOf(a->name()) < topology.indexOf(b->name());
        });
        return list;
    };
    QHash<NodeItem *, qreal> natural;
    const std::function<qreal(NodeItem *)> measure = [&](NodeItem *item) {
        qreal width = item->ownMinimumWidth();
        for (NodeItem *child : children(item))
            width = qMax(width, measure(child) + 2 * childPadding);
        natural.insert(item, width);
        return width;
    };
    const std::function<void(NodeItem *, qreal)> arrange = [&](NodeItem *item, qreal width) {
        const QList<NodeItem *> list = children(item);
        qreal y = item->headerBottom() + childPadding;
        for (NodeItem *child : list) {
            arrange(child, width - 2 * childPadding);
            child->setPos(childPadding, y);
            y += child->size().height() + childSpacing;
        }
        const qreal height
            = list.isEmpty() ? item->headerBottom() : y - childSpacing + childPadding;
        item->setSize(QSizeF(width, height));
    };
    arrange(root, measure(root));
}

void TopologyScene::placeRoot(NodeItem *root)
{
    if (!root->hostItem())
        root->setPos(rootPosition(root->name()));
}

QPointF TopologyScene::freeSpot() const
{
    // To the right of everything, so a node appearing without a position covers nothing.
    QRectF used;
    for (NodeItem *item : m_nodes) {
        if (!item->hostItem()
            && (hasSavedPosition(item->name()) || m_automatic.contains(item->name())))
            used |= QRectF(rootPosition(item->name()), item->size());
    }
    if (used.isNull())
        return QPointF(layoutMargin, layoutMargin);
    // Several at once stack downwards.
    qreal y = used.top();
    for (NodeItem *item : m_nodes) {
        if (item->hostItem() || !m_automatic.contains(item->name()))
            continue;
        const QPointF at = m_automatic.value(item->name());
        if (at.x() >= used.right() - 1)
            y = qMax(y, at.y() + item->size().height() + layoutRowGap);
    }
    return QPointF(std::round(used.right() + layoutColumnGap), std::round(y));
}

void TopologyScene::updateRelationshipsOf(NodeItem *root, QSet<RelationshipItem *> *touched)
{
    QSet<RelationshipItem *> relationships;
    QList<NodeItem *> queue{root};
    for (int i = 0; i < queue.size(); ++i) {
        NodeItem *item = queue[i];
        for (RelationshipItem *r : std::as_const(item->outgoing()))
            relationships.insert(r);
        for (RelationshipItem *r : std::as_const(item->incoming()))
            relationships.insert(r);
        queue += item->hostedItems();
    }
    for (RelationshipItem *r : std::as_const(relationships))
        r->updateGeometry();
    if (touched)
        touched->unite(relationships);
}

void TopologyScene::assignAutomaticPositions(bool everything)
{
    const QList<NodeItem *> roots = rootItems();
    bool anySaved = false;
    for (NodeItem *root : roots)
        anySaved = anySaved || hasSavedPosition(root->name());
    if (!anySaved && everything) {
        m_automatic = automaticLayout();
        return;
    }
    // Some nodes are placed: the others go in a column to their right.
    for (NodeItem *root : roots) {
        if (!hasSavedPosition(root->name()) && !m_automatic.contains(root->name()))
            m_automatic.insert(root->name(), freeSpot());
    }
}

QHash<QString, QPointF> TopologyScene::automaticLayout() const
{
    QList<CanvasLayout::Box> boxes;
    QHash<const NodeItem *, QString> rootOf;
    for (NodeItem *root : rootItems()) {
        const NodeContent &content = root->content();
        const qreal stack = qMin(content.instances - 1, 2) * stackOffset;
        boxes.append({root->name(), root->size() + QSizeF(stack, stack)});
    }
    QList<QPair<QString, QString>> edges;
    for (RelationshipItem *r : relationshipItems()) {
        if (r->sourceItem() && r->targetItem())
            edges.append(
                {r->sourceItem()->rootItem()->name(), r->targetItem()->rootItem()->name()});
    }
    return CanvasLayout::arrange(boxes, edges, QPointF(layoutMargin, layoutMargin));
}

bool TopologyScene::hasSavedPosition(const QString &name) const
{
    const NodeTemplate *node = m_document ? m_document->topology().node(name) : nullptr;
    return node && node->position.has_value();
}

QPointF TopologyScene::rootPosition(const QString &name) const
{
    const NodeTemplate *node = m_document ? m_document->topology().node(name) : nullptr;
    if (node && node->position)
        return *node->position;
    return m_automatic.value(name);
}

QList<NodeItem *> TopologyScene::rootItems() const
{
    QList<NodeItem *> roots;
    if (!m_document)
        return roots;
    // Document order, so the automatic layout is the same every time the file opens.
    QSet<const NodeItem *> seen;
    for (const NodeTemplate &node : m_document->topology().nodes()) {
        NodeItem *item = m_nodes.value(node.name);
        if (item && !item->hostItem() && !seen.contains(item)) {
            seen.insert(item);
            roots.append(item);
        }
    }
    return roots;
}

RelationshipItem *TopologyScene::relationshipItem(const QString &source, int requirementIndex) const
{
    NodeItem *item = m_nodes.value(source);
    if (!item)
        return nullptr;
    for (RelationshipItem *r : std::as_const(item->outgoing())) {
        if (r->content().requirementIndex == requirementIndex)
            return r;
    }
    return nullptr;
}

QList<RelationshipItem *> TopologyScene::relationshipItems() const
{
    QList<RelationshipItem *> all;
    for (NodeItem *item : m_nodes)
        all += item->outgoing();
    return all;
}

QList<RelationshipItem *> TopologyScene::selectedRelationships() const
{
    QList<RelationshipItem *> selected;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == RelationshipItem::Type)
            selected.append(static_cast<RelationshipItem *>(item));
    }
    return selected;
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos, const QGraphicsItem *ignore) const
{
    const QGraphicsView *view = activeView();
    const QList<QGraphicsItem *> hits = items(scenePos,
                                              Qt::IntersectsItemShape,
                                              Qt::DescendingOrder,
                                              view ? view->transform() : QTransform());
    for (QGraphicsItem *item : hits) {
        if (item->type() != NodeItem::Type || item == ignore
            || (ignore && ignore->isAncestorOf(item)))
            continue;
        return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

QRectF TopologyScene::diagramRect() const
{
    return m_diagramRect;
}

QRectF TopologyScene::computeDiagramRect() const
{
    QRectF rect;
    for (NodeItem *item : m_nodes) {
        if (!item->hostItem())
            rect |= item->sceneBoundingRect();
        for (RelationshipItem *r : std::as_const(item->outgoing()))
            rect |= r->sceneBoundingRect();
    }
    return rect;
}

void TopologyScene::updateSceneRect()
{
    m_diagramRect = computeDiagramRect();
    QRectF rect = m_diagramRect;
    if (rect.isNull())
        rect = QRectF(0, 0, 800, 500);
    // Room around the diagram to drag nodes into and to scroll a little past the edges.
    setSceneRect(rect.adjusted(-400, -300, 400, 300));
}

void TopologyScene::setExporting(bool exporting)
{
    if (exporting == m_exporting)
        return;
    m_exporting = exporting;
    // Cached cards would show the selection and render as bitmaps in SVG.
    for (QGraphicsItem *item : items()) {
        if (item->type() == NodeItem::Type)
            item->setCacheMode(exporting ? QGraphicsItem::NoCache
                                         : QGraphicsItem::DeviceCoordinateCache);
    }
}

// ---------------------------------------------------------------------------------------------
// Problems

void TopologyScene::updateProblems()
{
    if (m_document)
        ProblemBadges::update(m_nodes, m_document->problems());
}

QMenu *TopologyScene::problemMenu(const QString &node, int requirementIndex, QWidget *parent)
{
    Problems shown;
    if (m_document) {
        for (const Problem &p : m_document->problemsOf(node)) {
            const bool onRelationship
                = p.requirementIndex >= 0 && relationshipItem(node, p.requirementIndex);
            if (requirementIndex >= 0 ? p.requirementIndex == requirementIndex : !onRelationship)
                shown.append(p);
        }
    }
    return m_quickFixes->createMenu(shown, parent);
}

// ---------------------------------------------------------------------------------------------
// Selection

void TopologyScene::syncSelectionToModel()
{
    if (m_syncingSelection || !m_selection)
        return;
    QSet<QString> selected;
    QStringList added;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type) {
            selected.insert(static_cast<NodeItem *>(item)->name());
            added << static_cast<NodeItem *>(item)->name();
        }
    }
    // Keep the model's order (its last node is the one the property editor shows).
    QStringList ordered;
    for (const QString &name : m_selection->selectedNodes()) {
        if (selected.remove(name))
            ordered << name;
    }
    for (const QString &name : std::as_const(added)) {
        if (selected.contains(name))
            ordered << name;
    }
    m_syncingSelection = true;
    m_selection->setSelectedNodes(ordered);
    m_syncingSelection = false;
}

void TopologyScene::syncSelectionFromModel()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    const QStringList names = m_selection ? m_selection->selectedNodes() : QStringList();
    const QSet<QString> wanted(names.cbegin(), names.cend());
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type
            && !wanted.contains(static_cast<NodeItem *>(item)->name()))
            item->setSelected(false);
    }
    for (const QString &name : names) {
        if (NodeItem *item = m_nodes.value(name); item && !item->isSelected())
            item->setSelected(true);
    }
    m_syncingSelection = false;
}

// ---------------------------------------------------------------------------------------------
// Edits

bool TopologyScene::commitRootPositions(const QHash<QString, QPointF> &positions,
                                        bool mergeable,
                                        const QString &text)
{
    if (!documentActions())
        return false;
    QHash<QString, QPointF> all;
    bool unsaved = false;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        all.insert(it.key(), rounded(it.value()));
        unsaved = unsaved || !hasSavedPosition(it.key());
    }
    for (NodeItem *root : rootItems()) {
        if (hasSavedPosition(root->name()) || all.contains(root->name()))
            continue;
        unsaved = true;
        all.insert(root->name(), rounded(root->pos()));
    }
    if (!unsaved)
        return documentActions()->moveNodes(all, mergeable);
    return documentActions()->placeNodes(all, text);
}

bool TopologyScene::nudgeSelection(const QPointF &delta)
{
    QHash<QString, QPointF> positions;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type && !item->parentItem())
            positions.insert(static_cast<NodeItem *>(item)->name(), item->pos() + delta);
    }
    if (positions.isEmpty())
        return false;
    return commitRootPositions(positions, true);
}

bool TopologyScene::deleteSelectedRelationships()
{
    const QList<RelationshipItem *> selected = selectedRelationships();
    if (selected.isEmpty() || !documentActions())
        return false;
    QMap<QString, QList<int>> bySource;
    for (RelationshipItem *r : selected)
        bySource[r->content().source].append(r->content().requirementIndex);
    if (selected.size() == 1)
        return documentActions()->disconnect(selected.first()->content().source,
                                             selected.first()->content().requirementIndex);
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Delete %n relationships", nullptr, int(selected.size())));
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        // Highest index first, so the others keep their index.
        std::sort(it->begin(), it->end(), std::greater<int>());
        for (int index : std::as_const(*it))
            documentActions()->disconnect(it.key(), index);
    }
    stack->endMacro();
    return true;
}

QString
TopologyScene::addNodeOnCanvas(const QString &nodeType, const QPointF &position, QString *error)
{
    QHash<QString, QPointF> pending;
    for (NodeItem *root : rootItems()) {
        if (!hasSavedPosition(root->name()))
            pending.insert(root->name(), rounded(root->pos()));
    }
    if (pending.isEmpty())
        return documentActions()->addNode(nodeType, rounded(position), QString(), error);
    if (!m_document->types().contains(TypeKind::Node, nodeType)
        && !m_document->archiveDeclaring(nodeType)) {
        if (error)
            *error = tr("no archive of the type library declares %1").arg(nodeType);
        return QString();
    }
    // The first node placed by hand also saves where the automatic layout put the others.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Add %1").arg(TypeNames::shortName(nodeType)));
    const QString name = documentActions()->addNode(nodeType, rounded(position), QString(), error);
    if (!name.isEmpty())
        documentActions()->placeNodes(pending);
    stack->endMacro();
    return name;
}

// ---------------------------------------------------------------------------------------------
// Palette drops

TopologyScene::DropTarget
TopologyScene::paletteDragMove(const QString &nodeType, const QPointF &scenePos, QString *reason)
{
    if (!documentActions())
        return DropTarget::Refused;
    if (m_paletteType != nodeType) {
        paletteDragLeave();
        m_paletteType = nodeType;
    }
    NodeItem *target = nodeAt(scenePos);
    if (!target) {
        hover(nullptr, NodeItem::DropState::None);
        return DropTarget::Canvas;
    }
    auto verdict = m_verdicts.constFind(target->name());
    if (verdict == m_verdicts.constEnd()) {
        QString why;
        if (!documentActions()->canHostType(nodeType, target->name(), &why) && why.isEmpty())
            why = tr("%1 cannot host %2").arg(target->name(), TypeNames::shortName(nodeType));
        verdict = m_verdicts.insert(target->name(), why);
    }
    const bool ok = verdict->isEmpty();
    hover(target, ok ? NodeItem::DropState::Accept : NodeItem::DropState::Refuse);
    if (reason)
        *reason = ok ? QString() : *verdict;
    return ok ? DropTarget::Host : DropTarget::Refused;
}

void TopologyScene::paletteDragLeave()
{
    clearDropStates();
    m_verdicts.clear();
    m_paletteType.clear();
}

QString
TopologyScene::paletteDrop(const QString &nodeType, const QPointF &scenePos, QString *reason)
{
    QString error;
    QString name;
    NodeItem *target = nodeAt(scenePos);
    paletteDragLeave();
    if (!documentActions())
        return QString();
    if (target) {
        if (!documentActions()->canHostType(nodeType, target->name(), &error)) {
            if (error.isEmpty())
                error = tr("%1 cannot host %2").arg(target->name(), TypeNames::shortName(nodeType));
        } else {
            name = documentActions()->addNode(nodeType, rounded(scenePos), target->name(), &error);
        }
    } else {
        name = addNodeOnCanvas(nodeType, scenePos, &error);
    }
    if (name.isEmpty()) {
        if (error.isEmpty())
            error = tr("Cannot add %1").arg(TypeNames::shortName(nodeType));
        if (reason)
            *reason = error;
        refuse(error, scenePos);
        return QString();
    }
    flush();
    if (m_selection)
        m_selection->setSelectedNodes({name});
    emit statusMessage(target ? tr("Added %1 on %2").arg(name, target->name())
                              : tr("Added %1").arg(name));
    return name;
}

// ---------------------------------------------------------------------------------------------
// Mouse

QGraphicsView *TopologyScene::activeView() const
{
    const QList<QGraphicsView *> all = views();
    return all.isEmpty() ? nullptr : all.first();
}

qreal TopologyScene::viewScale() const
{
    const QGraphicsView *view = activeView();
    return view ? view->transform().m11() : 1.0;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_document || event->button() != Qt::LeftButton || m_mode != Mode::None) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QGraphicsView *view = activeView();
    const QList<QGraphicsItem *> hits = items(event->scenePos(),
                                              Qt::IntersectsItemShape,
                                              Qt::DescendingOrder,
                                              view ? view->transform() : QTransform());
    QGraphicsItem *top = hits.isEmpty() ? nullptr : hits.first();
    // Ports and badges are small deliberate targets: they win over an arrow passing above.
    for (QGraphicsItem *hit : hits) {
        if (hit->type() == ProblemBadgeItem::Type) {
            top = hit;
            break;
        }
        if (hit->type() == NodeItem::Type) {
            auto *node = static_cast<NodeItem *>(hit);
            const QString requirement
                = node->requirementPortAt(node->mapFromScene(event->scenePos()));
            if (!requirement.isEmpty()) {
                beginConnect(node, requirement, event->scenePos());
                event->accept();
                return;
            }
        }
    }
    if (top && top->type() == ProblemBadgeItem::Type) {
        const auto *badge = static_cast<ProblemBadgeItem *>(top);
        QMenu *menu = problemMenu(badge->node(), badge->requirementIndex(), event->widget());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(event->screenPos());
        event->accept();
        return;
    }
    if (top && top->type() == RelationshipItem::Type) {
        auto *relationship = static_cast<RelationshipItem *>(top);
        if (relationship->isOnHead(event->scenePos(), 9 / viewScale())) {
            if (!(event->modifiers() & Qt::ControlModifier))
                clearSelection();
            relationship->setSelected(true);
            beginRetarget(relationship, event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (NodeItem *node = nodeFor(top)) {
        m_mode = Mode::PendingNodeDrag;
        m_pressNode = node;
        m_pressPos = event->scenePos();
    }
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::None:
        QGraphicsScene::mouseMoveEvent(event);
        return;
    case Mode::PendingNodeDrag:
        if (QLineF(event->scenePos(), m_pressPos).length() * viewScale()
            < QApplication::startDragDistance())
            return;
        beginNodeDrag(m_pressPos);
        if (m_mode == Mode::None)
            return;
        updateNodeDrag(event->scenePos());
        return;
    case Mode::MoveRoots:
    case Mode::MoveHosted:
        updateNodeDrag(event->scenePos());
        return;
    case Mode::Connect:
    case Mode::Retarget:
        updateLinkDrag(event->scenePos());
        return;
    }
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_mode) {
    case Mode::None:
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    case Mode::PendingNodeDrag:
        m_mode = Mode::None;
        QGraphicsScene::mouseReleaseEvent(event); // a click: selection
        return;
    case Mode::MoveRoots:
    case Mode::MoveHosted:
        finishNodeDrag(event->scenePos());
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    case Mode::Connect:
    case Mode::Retarget:
        finishLinkDrag(event->scenePos(), event->screenPos());
        event->accept();
        return;
    }
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QGraphicsView *view = activeView();
    QGraphicsItem *top = itemAt(event->scenePos(), view ? view->transform() : QTransform());
    NodeItem *node = nodeFor(top);
    if (event->button() == Qt::LeftButton && node && top->type() != ProblemBadgeItem::Type
        && m_mode == Mode::None) {
        const QPointF local = node->mapFromScene(event->scenePos());
        if (local.y() <= headerHeight) {
            emit renameRequested(node->name());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// Relationship drags (new from a requirement port, or re-targeting an arrow head).

void TopologyScene::beginConnect(NodeItem *node,
                                 const QString &requirement,
                                 const QPointF &scenePos)
{
    m_mode = Mode::Connect;
    m_linkSource = node->name();
    m_linkRequirement = requirement;
    m_linkIndex = -1;
    m_linkStart = node->mapToScene(node->requirementPortPosition(requirement));
    m_dragLine = new QGraphicsPathItem;
    QPen pen(CanvasStyle::selection(), 1.8, Qt::DashLine);
    pen.setCosmetic(true);
    m_dragLine->setPen(pen);
    m_dragLine->setZValue(100);
    addItem(m_dragLine);
    computeCandidates();
    updateLinkDrag(scenePos);
    emit statusMessage(tr("Drag %1.%2 onto a highlighted node to connect it")
                           .arg(m_linkSource, m_linkRequirement));
}

void TopologyScene::beginRetarget(RelationshipItem *relationship, const QPointF &scenePos)
{
    m_mode = Mode::Retarget;
    m_linkSource = relationship->content().source;
    m_linkRequirement = relationship->content().requirement;
    m_linkIndex = relationship->content().requirementIndex;
    m_linkStart = relationship->startPoint();
    m_retargeted = relationship;
    relationship->setDragged(true);
    m_dragLine = new QGraphicsPathItem;
    QPen pen(CanvasStyle::selection(), 1.8, Qt::DashLine);
    pen.setCosmetic(true);
    m_dragLine->setPen(pen);
    m_dragLine->setZValue(100);
    addItem(m_dragLine);
    computeCandidates();
    updateLinkDrag(scenePos);
    emit statusMessage(tr("Drop the arrow on another node to re-target %1.%2")
                           .arg(m_linkSource, m_linkRequirement));
}

void TopologyScene::computeCandidates()
{
    // Judged once per drag and only for the nodes in view; the rest is judged when the cursor
    // reaches it. The type test (RelationshipMatcher, the first thing canConnect checks) rules
    // out most nodes at once; the full check (occurrences, loops) runs for the others while a
    // small time budget lasts, then on hover, so drag start stays instant in big topologies.
    m_verdicts.clear();
    m_likely.clear();
    const QGraphicsView *view = activeView();
    const QRectF visible
        = view ? view->mapToScene(view->viewport()->rect()).boundingRect() : sceneRect();
    const TopologyTemplate &topology = m_document->topology();
    const TypeRegistry &types = m_document->types();
    const NodeTemplate *source = topology.node(m_linkSource);
    const TypeDefinition *sourceType
        = source ? types.resolved(TypeKind::Node, source->type) : nullptr;
    const RequirementDefinition *definition = nullptr;
    for (int i = 0; sourceType && i < sourceType->requirements.size(); ++i) {
        if (sourceType->requirements[i].name == m_linkRequirement)
            definition = &sourceType->requirements[i];
    }
    const RelationshipMatcher matcher(types);
    QHash<QString, QString> typeVerdicts; // node type -> why it cannot match; empty when it may
    QElapsedTimer budget;
    budget.start();
    for (QGraphicsItem *item : items(visible, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        const NodeTemplate *target = topology.node(node->name());
        if (definition && target && node->name() != m_linkSource) {
            auto verdict = typeVerdicts.constFind(target->type);
            if (verdict == typeVerdicts.constEnd()) {
                const TypeDefinition *targetType = types.resolved(TypeKind::Node, target->type);
                QString why;
                if (!targetType)
                    why = tr("%1 has an unknown type").arg(node->name());
                else if (matcher.matchingCapability(*definition, QString(), *targetType, &why)
                             .isEmpty()
                         && why.isEmpty())
                    why = tr("%1 cannot satisfy %2").arg(node->name(), m_linkRequirement);
                else if (!why.isEmpty()
                         && !matcher.matchingCapability(*definition, QString(), *targetType)
                                 .isEmpty())
                    why.clear();
                verdict = typeVerdicts.insert(target->type, why);
            }
            if (!verdict->isEmpty()) {
                m_verdicts.insert(node->name(), *verdict);
            } else if (budget.elapsed() > 40) {
                m_likely.insert(node->name());
            }
        }
        if (!m_verdicts.contains(node->name()) && !m_likely.contains(node->name()))
            linkVerdict(node, nullptr);
        node->setDropState(restingState(node->name()));
        m_marked.insert(node->name());
    }
}

bool TopologyScene::linkVerdict(NodeItem *target, QString *reason)
{
    auto verdict = m_verdicts.constFind(target->name());
    if (verdict == m_verdicts.constEnd()) {
        QString why;
        if (!documentActions()->canConnect(
                m_linkSource, m_linkRequirement, target->name(), &why, nullptr, m_linkIndex)
            && why.isEmpty()) {
            why = tr("%1 cannot satisfy %2").arg(target->name(), m_linkRequirement);
        }
        verdict = m_verdicts.insert(target->name(), why);
    }
    if (reason)
        *reason = *verdict;
    return verdict->isEmpty();
}

NodeItem::DropState TopologyScene::restingState(const QString &node) const
{
    if (m_mode != Mode::Connect && m_mode != Mode::Retarget)
        return NodeItem::DropState::None;
    const auto verdict = m_verdicts.constFind(node);
    if (verdict == m_verdicts.constEnd())
        return m_likely.contains(node) ? NodeItem::DropState::Candidate : NodeItem::DropState::None;
    return verdict->isEmpty() ? NodeItem::DropState::Candidate : NodeItem::DropState::Dimmed;
}

void TopologyScene::hover(NodeItem *target, NodeItem::DropState state)
{
    const QString name = target ? target->name() : QString();
    if (name != m_hovered) {
        if (NodeItem *previous = m_nodes.value(m_hovered))
            previous->setDropState(restingState(m_hovered));
        m_hovered = name;
    }
    if (target) {
        target->setDropState(state);
        m_marked.insert(name);
    }
}

void TopologyScene::clearDropStates()
{
    m_marked.insert(m_hovered);
    for (const QString &name : std::as_const(m_marked)) {
        if (NodeItem *item = m_nodes.value(name))
            item->setDropState(NodeItem::DropState::None);
    }
    m_marked.clear();
    m_hovered.clear();
}

void TopologyScene::updateLinkDrag(const QPointF &scenePos)
{
    NodeItem *target = nodeAt(scenePos);
    QPointF end = scenePos;
    if (target) {
        QString reason;
        const bool ok = linkVerdict(target, &reason);
        hover(target, ok ? NodeItem::DropState::Accept : NodeItem::DropState::Refuse);
        emit statusMessage(ok ? tr("Release to connect %1.%2 to %3")
                                    .arg(m_linkSource, m_linkRequirement, target->name())
                              : reason);
    } else {
        hover(nullptr, NodeItem::DropState::None);
    }
    QPainterPath path = relationshipCurve(m_linkStart, end);
    // An arrow head at the cursor end.
    path.moveTo(end);
    path.lineTo(end - QPointF(9, 4.5));
    path.moveTo(end);
    path.lineTo(end - QPointF(9, -4.5));
    if (m_dragLine)
        m_dragLine->setPath(path);
}

void TopologyScene::finishLinkDrag(const QPointF &scenePos, const QPoint &)
{
    const Mode mode = m_mode;
    NodeItem *target = nodeAt(scenePos);
    QString reason;
    const bool ok = target && linkVerdict(target, &reason);
    const QString source = m_linkSource;
    const QString requirement = m_linkRequirement;
    const int index = m_linkIndex;
    const QString currentTarget = m_retargeted ? m_retargeted->content().target : QString();
    cancelInteraction(); // visuals go before the document changes
    if (!target) {
        emit statusMessage(mode == Mode::Connect ? tr("Not connected: drop on a node")
                                                 : tr("Relationship unchanged"));
        return;
    }
    if (!ok) {
        refuse(reason, scenePos);
        return;
    }
    QString error;
    if (mode == Mode::Connect) {
        if (!documentActions()->connect(source, requirement, target->name(), &error)) {
            refuse(error, scenePos);
            return;
        }
        emit statusMessage(tr("Connected %1.%2 to %3").arg(source, requirement, target->name()));
    } else {
        if (target->name() == currentTarget)
            return;
        if (!documentActions()->retarget(source, index, target->name(), &error)) {
            refuse(error, scenePos);
            return;
        }
        emit statusMessage(tr("%1.%2 now targets %3").arg(source, requirement, target->name()));
    }
}

// Node drags: top-level nodes move; hosted nodes move to another host or out onto the canvas.

QString TopologyScene::hostingRequirementOf(const QString &name, int *index) const
{
    *index = -1;
    const NodeTemplate *node = m_document->topology().node(name);
    if (!node)
        return QString();
    const ValidationContext context(
        m_document->archive(), m_document->topology(), m_document->types());
    for (int i = 0; i < int(node->requirements.size()); ++i) {
        const RequirementAssignment &r = node->requirements[i];
        if (!r.node.isEmpty() && context.isHosting(*node, r)) {
            *index = i;
            return r.name;
        }
    }
    if (const TypeDefinition *type = context.nodeType(*node)) {
        for (const RequirementDefinition &definition : type->requirements) {
            if (context.isHostingRelationship(definition.relationship))
                return definition.name;
        }
    }
    return QString();
}

void TopologyScene::beginNodeDrag(const QPointF &pressPos)
{
    NodeItem *node = m_pressNode;
    if (!node) {
        m_mode = Mode::None;
        return;
    }
    m_verdicts.clear();
    m_linkSource = node->name();
    if (!node->hostItem()) {
        m_mode = Mode::MoveRoots;
        m_moveStart.clear();
        for (QGraphicsItem *item : selectedItems()) {
            if (item->type() == NodeItem::Type && !item->parentItem())
                m_moveStart.insert(static_cast<NodeItem *>(item)->name(), item->pos());
        }
        m_moveStart.insert(node->name(), node->pos());
        // A lone software node dropped onto a machine gets hosted there.
        m_linkRequirement = m_moveStart.size() == 1
                                ? hostingRequirementOf(node->name(), &m_linkIndex)
                                : QString();
        return;
    }
    m_mode = Mode::MoveHosted;
    m_linkRequirement = hostingRequirementOf(node->name(), &m_linkIndex);
    m_ghostOffset = pressPos - node->scenePos();
    m_ghost = new QGraphicsPathItem;
    QPainterPath outline;
    outline.addRoundedRect(node->rect(), cornerRadius, cornerRadius);
    m_ghost->setPath(outline);
    QColor fill = CanvasStyle::selection();
    fill.setAlpha(28);
    m_ghost->setBrush(fill);
    QPen pen(CanvasStyle::selection(), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_ghost->setPen(pen);
    m_ghost->setZValue(100);
    m_ghost->setPos(node->scenePos());
    addItem(m_ghost);
    node->setOpacity(0.45);
}

bool TopologyScene::hostVerdict(NodeItem *target, QString *reason)
{
    if (m_linkRequirement.isEmpty()) {
        if (reason)
            *reason = tr("%1 is not something that gets hosted").arg(m_linkSource);
        return false;
    }
    return linkVerdict(target, reason);
}

void TopologyScene::updateNodeDrag(const QPointF &scenePos)
{
    const QPointF delta = scenePos - m_pressPos;
    NodeItem *pressed = m_pressNode;
    if (m_mode == Mode::MoveRoots) {
        for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
            if (NodeItem *item = m_nodes.value(it.key())) {
                item->setPos(it.value() + delta);
                updateRelationshipsOf(item);
            }
        }
        if (!m_linkRequirement.isEmpty() && pressed) {
            NodeItem *target = nodeAt(scenePos, pressed);
            if (target && hostVerdict(target, nullptr)) {
                hover(target, NodeItem::DropState::Accept);
                emit statusMessage(
                    tr("Release to host %1 on %2").arg(m_linkSource, target->name()));
            } else {
                hover(nullptr, NodeItem::DropState::None);
            }
        }
        return;
    }
    if (m_ghost)
        m_ghost->setPos(scenePos - m_ghostOffset);
    NodeItem *target = pressed ? nodeAt(scenePos, pressed) : nullptr;
    if (!target) {
        hover(nullptr, NodeItem::DropState::None);
        emit statusMessage(tr("Release to take %1 off its host").arg(m_linkSource));
        return;
    }
    if (pressed && pressed->hostItem() == target) {
        hover(nullptr, NodeItem::DropState::None);
        emit statusMessage(tr("%1 is hosted on %2").arg(m_linkSource, target->name()));
        return;
    }
    QString reason;
    const bool ok = hostVerdict(target, &reason);
    hover(target, ok ? NodeItem::DropState::Accept : NodeItem::DropState::Refuse);
    emit statusMessage(ok ? tr("Release to host %1 on %2").arg(m_linkSource, target->name())
                          : reason);
}

void TopologyScene::finishNodeDrag(const QPointF &scenePos)
{
    const Mode mode = m_mode;
    NodeItem *pressed = m_pressNode;
    const QString source = m_linkSource;
    const QString requirement = m_linkRequirement;
    const int index = m_linkIndex;
    NodeItem *target = pressed ? nodeAt(scenePos, pressed) : nullptr;
    QString reason;
    const bool hostOk = target && hostVerdict(target, &reason);

    if (mode == Mode::MoveRoots) {
        QHash<QString, QPointF> positions;
        for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
            if (NodeItem *item = m_nodes.value(it.key()))
                positions.insert(it.key(), item->pos());
        }
        clearDropStates();
        m_mode = Mode::None;
        m_moveStart.clear();
        if (!requirement.isEmpty() && hostOk) {
            if (documentActions()->connect(source, requirement, target->name(), &reason)) {
                emit statusMessage(tr("%1 is now hosted on %2").arg(source, target->name()));
                return;
            }
        }
        commitRootPositions(positions, false);
        return;
    }

    // A hosted node.
    const QString currentHost
        = pressed && pressed->hostItem() ? pressed->hostItem()->name() : QString();
    const QPointF topLeft = scenePos - m_ghostOffset;
    cancelInteraction();
    if (target) {
        if (target->name() == currentHost)
            return;
        if (!hostOk) {
            refuse(reason, scenePos);
            return;
        }
        QString error;
        if (!documentActions()->retarget(source, index, target->name(), &error)) {
            refuse(error, scenePos);
            return;
        }
        emit statusMessage(tr("%1 is now hosted on %2").arg(source, target->name()));
        return;
    }
    if (index < 0)
        return;
    // Onto the empty canvas: off its host, placed where it was dropped, as one undo step.
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Take %1 off %2").arg(source, currentHost));
    documentActions()->disconnect(source, index);
    flush();
    QHash<QString, QPointF> positions;
    positions.insert(source, topLeft);
    commitRootPositions(positions, false);
    stack->endMacro();
    emit statusMessage(tr("%1 is no longer hosted on %2").arg(source, currentHost));
}

bool TopologyScene::cancelInteraction()
{
    const Mode mode = m_mode;
    m_mode = Mode::None;
    bool cancelled = mode != Mode::None && mode != Mode::PendingNodeDrag;
    if (mode == Mode::MoveRoots) {
        for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
            if (NodeItem *item = m_nodes.value(it.key())) {
                item->setPos(it.value());
                updateRelationshipsOf(item);
            }
        }
    }
    m_moveStart.clear();
    if (m_pressNode && mode == Mode::MoveHosted)
        m_pressNode->setOpacity(1.0);
    if (m_ghost) {
        removeItem(m_ghost);
        delete m_ghost;
        m_ghost = nullptr;
    }
    if (m_dragLine) {
        removeItem(m_dragLine);
        delete m_dragLine;
        m_dragLine = nullptr;
    }
    if (m_retargeted) {
        m_retargeted->setDragged(false);
        m_retargeted = nullptr;
    }
    if (!m_marked.isEmpty() || !m_hovered.isEmpty())
        cancelled = true;
    clearDropStates();
    if (mode != Mode::None) {
        if (QGraphicsItem *grabber = mouseGrabberItem())
            grabber->ungrabMouse();
    }
    return cancelled;
}

void TopologyScene::refuse(const QString &reason, const QPointF &scenePos)
{
    emit statusMessage(reason);
    emit refused(reason, scenePos);
}

// ---------------------------------------------------------------------------------------------
// Look

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (m_exporting) {
        painter->fillRect(rect, Qt::white);
        return;
    }
    painter->fillRect(rect, canvasBackground());
    const qreal scale = painter->worldTransform().m11();
    if (scale < 0.5)
        return;
    // A light dot grid: orientation without noise.
    constexpr qreal step = 24;
    QList<QPointF> dots;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    QPen pen(gridDot(), 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

DocumentActions *TopologyScene::documentActions() const
{
    return m_document ? &m_document->actions() : nullptr;
}

} // namespace Topologist
