// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/topologyscene.h"

#include "canvas/changemarks.h"
#include "canvas/hosttreelayout.h"
#include "canvas/labelplacer.h"
#include "canvas/problembadgeitem.h"
#include "canvas/problembadges.h"
#include "canvas/relationshipitem.h"
#include "canvas/scenebuild.h"
#include "canvas/tools/connecttool.h"
#include "canvas/tools/movetool.h"
#include "canvas/tools/palettedroptool.h"
#include "comparison.h"
#include "documentactions.h"
#include "plaintext.h"
#include "problems/quickfixmenu.h"
#include "selectionmodel.h"
#include "topologydocument.h"
#include "types/typenames.h"
#include "validation/validationcontext.h"

#include <QDeadlineTimer>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Topologist {

using namespace CanvasStyle;

namespace {

/// 2^8 leaves: a grid of 16 x 16 cells over the scene.
constexpr int bspDepth = 8;
/// Arrows per node above which labels are placed among all cards rather than by the index.
constexpr int manyLabels = 20;
/// Cards moved at once above which the whole scene is repainted and every arrow routed again.
constexpr qsizetype manyMoves = 64;

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
    , m_edits(*this)
    , m_quickFixes(new QuickFixMenu(this))
    , m_moveTool(new MoveTool(*this))
    , m_connectTool(new ConnectTool(*this))
    , m_paletteDrop(new PaletteDropTool(*this))
{
    // Without an index every paint, hover and click looks at every item: 16,000 of them in a
    // 10,000-node topology, a 10 ms frame at 100 %. A BSP tree of the default depth for that
    // many items has 32,000 leaves, which a long arrow (moving with its node on every frame of
    // a drag) spans thousands of; a shallow fixed tree keeps both cheap.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBspTreeDepth(bspDepth);
    connect(m_quickFixes, &QuickFixMenu::statusMessage, this, &TopologyScene::statusMessage);
    for (CanvasTool *tool : tools()) {
        connect(tool, &CanvasTool::statusMessage, this, &TopologyScene::statusMessage);
        connect(tool, &CanvasTool::refused, this, &TopologyScene::refused);
    }
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::syncSelectionToModel);
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, &TopologyScene::buildSlice);
}

TopologyScene::~TopologyScene()
{
    stopBuild();
    // Items go before the members they point into.
    m_syncingSelection = true;
    clearItems();
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
    m_placement.setDocument(document);
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

Comparison *TopologyScene::comparison() const
{
    return m_comparison;
}

void TopologyScene::setComparison(Comparison *comparison)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_comparisonConnections))
        disconnect(connection);
    m_comparisonConnections.clear();
    m_comparison = comparison;
    if (comparison) {
        m_comparisonConnections << connect(comparison, &Comparison::changed, this, [this] {
            ChangeMarks::update(m_nodes, m_comparison);
        }) << connect(comparison, &QObject::destroyed, this, [this] {
            ChangeMarks::update(m_nodes, nullptr);
        });
    }
    ChangeMarks::update(m_nodes, comparison);
}

void TopologyScene::rebuild()
{
    build(m_document && m_document->topology().nodeCount() >= m_buildInSlicesFrom);
}

void TopologyScene::build(bool inSlices)
{
    cancelInteraction();
    stopBuild();
    m_rebuildPending = false;
    m_syncingSelection = true;
    clearItems();
    m_syncingSelection = false;
    m_nodes.clear();
    m_badged.clear();
    m_drawingOrderStale = true;
    m_placement.clear();
    m_contentBuilder.clearIcons();
    m_dirty.clear();
    m_problemsStale = false;
    m_diagramRect = QRectF();
    if (!m_document) {
        updateSceneRect();
        emit contentChanged();
        return;
    }
    m_build = std::make_unique<SceneBuild>(*this);
    if (!inSlices) {
        finishBuild();
        return;
    }
    // The scene stays indexed meanwhile: switching the index off and on again costs 18 MB at
    // 10,000 nodes (tests/bench/canvas), and saves no measurable time.
    setDiagramSceneRect(); // not the last document's while this one is drawn
    m_buildTimer.start();
    for (QGraphicsView *view : views())
        view->viewport()->update(); // to show the progress
    emit contentChanged();          // the last document's minimap goes
}

void TopologyScene::buildSlice()
{
    if (!m_build || m_build->run(QDeadlineTimer(m_buildSlice))) {
        completeBuild();
        return;
    }
    repaintWhole(); // the new items are not repainted one by one
    // The views show the progress instead of the items, which Qt would not repaint them for.
    for (QGraphicsView *view : views())
        view->viewport()->update();
}

void TopologyScene::finishBuild()
{
    if (std::exchange(m_rebuildPending, false)) {
        build(false);
        return;
    }
    if (!m_build)
        return;
    m_build->run(QDeadlineTimer(QDeadlineTimer::Forever));
    completeBuild();
}

void TopologyScene::completeBuild()
{
    stopBuild();
    repaintWholeWhenMany(m_nodes.size());
    overviewChanged();
    emit contentChanged();
    emit built();
}

void TopologyScene::dropBuildForChange()
{
    if (!m_build)
        return;
    stopBuild();
    m_rebuildPending = true;
    scheduleFlush();
}

void TopologyScene::stopBuild()
{
    m_buildTimer.stop();
    m_build.reset();
}

bool TopologyScene::routesArrows() const
{
    return !m_build || m_build->cardsPlaced();
}

int TopologyScene::buildPercent() const
{
    return m_build ? m_build->percent() : 100;
}

void TopologyScene::setBuildInSlices(qsizetype nodes, std::chrono::milliseconds slice)
{
    m_buildInSlicesFrom = nodes;
    m_buildSlice = slice;
}

void TopologyScene::markDirty(const QString &name)
{
    dropBuildForChange();
    m_dirty.insert(name);
    scheduleFlush();
}

void TopologyScene::onNodeRenamed(const QString &from, const QString &to)
{
    // The same card under another name stays where it was (a saved position moves with the
    // node; an automatic one is carried over here, and kept for an undo).
    m_placement.rename(from, to);
    // It stays the same item too: replacing it would take it out of the scene's index and put
    // a new one in, which costs in proportion to the scene. The flush gives it its new name's
    // content; its hosted cards and arrows follow as for any edit.
    NodeItem *item = m_build ? nullptr : m_nodes.value(from);
    if (item && !m_nodes.contains(to)) {
        m_nodes.remove(from);
        m_nodes.insert(to, item);
        if (m_badged.remove(from))
            m_badged.insert(to);
    }
    markDirty(from);
    markDirty(to);
}

void TopologyScene::onProblemsChanged()
{
    if (m_build)
        return; // the build puts the badges on when its cards are complete
    // During an edit the badges wait for its end, when the cards they go on exist.
    m_problemsStale = true;
    if (m_dirty.isEmpty())
        onEditFinished();
}

void TopologyScene::onEditFinished()
{
    if (m_build)
        return; // the edit changed no node (that would have dropped the build)
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

/// What one flush found to redo, gathered while items are brought up to date.
struct TopologyScene::FlushWork
{
    QSet<NodeItem *> relayout;          // cards whose size or nesting changed
    QSet<NodeItem *> capabilitiesDirty; // targets whose incoming arrows changed
    QSet<NodeItem *> sources;           // nodes whose outgoing arrows are rebuilt
    QSet<QString> orphans;              // hosted on a node that went away
    QList<NodeItem *> changed;
};

void TopologyScene::flush()
{
    if (!m_document) {
        m_dirty.clear();
        return;
    }
    if (m_build || m_rebuildPending) {
        finishBuild(); // it reads every change
        return;
    }
    if (m_dirty.isEmpty())
        return;
    cancelInteraction();
    overviewChanged();
    // Cards come and go below (a renamed node's card is replaced): the selection is the model's
    // and is applied to the new cards at the end, not taken from the scene on the way.
    m_syncingSelection = true;
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    const ValidationContext context = m_document->validationContext();
    FlushWork work;
    removeVanished(dirty, &work);
    updateNodes(dirty, context, &work);
    for (NodeItem *item : std::as_const(work.changed))
        updateHost(item, context, &work.relayout);
    for (NodeItem *item : std::as_const(work.sources))
        rebuildOutgoing(item, context, &work.capabilitiesDirty);
    for (NodeItem *item : std::as_const(work.capabilitiesDirty)) {
        if (refreshCapabilities(item))
            work.relayout.insert(item);
    }
    const auto [before, after] = relayoutRoots(work);
    m_syncingSelection = false;
    keepSelectionOfExistingNodes();
    updateSceneRect(before, after);
    overviewChanged();
    emit contentChanged();
}

void TopologyScene::removeVanished(const QSet<QString> &dirty, FlushWork *work)
{
    const TopologyTemplate &topology = m_document->topology();
    for (const QString &name : dirty) {
        if (!topology.contains(name)) {
            if (NodeItem *item = m_nodes.value(name))
                removeNodeItem(item, &work->relayout, &work->capabilitiesDirty, &work->orphans);
        }
    }
}

void TopologyScene::updateNodes(const QSet<QString> &dirty,
                                const ValidationContext &context,
                                FlushWork *work)
{
    for (const QString &name : dirty) {
        const NodeTemplate *node = m_document->topology().node(name);
        if (!node)
            continue;
        NodeItem *item = m_nodes.value(name);
        const bool created = !item;
        if (created) {
            item = createNodeItem(name);
            // Relationships that waited for this node (an undone delete, a rename back).
            for (const QString &source : context.sourcesOf(name)) {
                if (NodeItem *sourceItem = m_nodes.value(source))
                    work->sources.insert(sourceItem);
            }
        }
        // A node named by a signal may look exactly the same: then its item is left alone
        // (no geometry change, no repaint), which keeps broad signals cheap.
        NodeContent content = m_contentBuilder.build(*node, context, m_document->types());
        if (created || content != item->content()) {
            if (!created) // its tree may shrink: where it was drawn
                m_goneExtent |= item->rootItem()->sceneBoundingRect();
            item->setContent(content);
            work->relayout.insert(item);
        }
        work->sources.insert(item);
        work->changed.append(item);
    }
    for (const QString &name : std::as_const(work->orphans)) {
        if (NodeItem *item = m_nodes.value(name); item && !work->changed.contains(item))
            work->changed.append(item);
    }
}

QPair<QRectF, QRectF> TopologyScene::relayoutRoots(const FlushWork &work)
{
    QSet<NodeItem *> roots;
    for (NodeItem *item : work.relayout) {
        if (m_nodes.value(item->name()) == item)
            roots.insert(item->rootItem());
    }
    // Positions also change through node edits (placing nodes that had none, and its undo).
    for (NodeItem *item : work.changed) {
        if (!item->hostItem() && item->pos() != rootPosition(item->name()))
            roots.insert(item);
    }
    QRectF before;
    QList<QRectF> cardAreas = std::exchange(m_vacatedCards, {});
    QHash<NodeItem *, QRectF> footprints;
    for (NodeItem *root : std::as_const(roots)) {
        before |= root->sceneBoundingRect();
        footprints.insert(root, m_obstacles.rectOf(root));
        HostTreeLayout::arrange(root, m_document->topology());
    }
    for (NodeItem *root : std::as_const(roots)) {
        m_placement.placeIfNew(root, m_nodes);
        placeRoot(root);
        addChangedFootprint(footprints.value(root), m_obstacles.rectOf(root), &cardAreas);
    }
    QSet<RelationshipItem *> moved;
    for (NodeItem *root : std::as_const(roots))
        updateRelationshipsOf(root, &moved, &before);
    rerouteAcross(cardAreas, &moved, &before);
    placeLabels(moved);
    repaintWholeWhenMany(roots.size());
    QRectF after;
    for (NodeItem *root : std::as_const(roots))
        after |= root->sceneBoundingRect();
    for (RelationshipItem *r : std::as_const(moved))
        after |= r->sceneBoundingRect();
    return {before, after};
}

void TopologyScene::obstacleChanged(QGraphicsItem *item,
                                    QGraphicsItem::GraphicsItemChange change,
                                    const QVariant &value)
{
    switch (change) {
    case QGraphicsItem::ItemSceneChange: // still in the scene it leaves
        if (auto *leaving = qobject_cast<TopologyScene *>(item->scene());
            leaving && value.value<QGraphicsScene *>() != leaving)
            leaving->m_obstacles.remove(item);
        return;
    case QGraphicsItem::ItemSceneHasChanged:
    case QGraphicsItem::ItemPositionHasChanged:
    case QGraphicsItem::ItemParentHasChanged:
    case QGraphicsItem::ItemTransformHasChanged:
        obstacleReshaped(item);
        return;
    default:
        return;
    }
}

void TopologyScene::obstacleReshaped(const QGraphicsItem *item)
{
    if (auto *scene = qobject_cast<TopologyScene *>(item->scene()))
        scene->updateObstacle(item);
}

void TopologyScene::updateObstacle(const QGraphicsItem *item)
{
    QRectF rect;
    if (item->type() == NodeItem::Type) {
        const auto *node = static_cast<const NodeItem *>(item);
        if (!node->hostItem())
            rect = node->mapRectToScene(node->footprint());
    } else if (item->type() == RelationshipItem::Type) {
        const auto *relationship = static_cast<const RelationshipItem *>(item);
        if (relationship->isLabelShown())
            rect = relationship->labelRect();
    }
    m_obstacles.set(item, rect);
}

void TopologyScene::placeLabels(const QSet<RelationshipItem *> &moved)
{
    const QList<RelationshipItem *> arrows(moved.cbegin(), moved.cend());
    // The index answers a spot in microseconds; gathering every card costs milliseconds at
    // 10,000 nodes. Many arrows at once (a layout) are placed faster the gathering way.
    if (arrows.size() * manyLabels < m_nodes.size())
        LabelPlacer::placeAmong(m_obstacles, arrows);
    else
        LabelPlacer::place(m_nodes, arrows);
}

void TopologyScene::addChangedFootprint(const QRectF &before,
                                        const QRectF &after,
                                        QList<QRectF> *areas)
{
    if (before == after)
        return; // most edits leave a card as big as it was, where it was
    areas->append(before);
    areas->append(after);
}

void TopologyScene::cardsLeave(const QStringList &names)
{
    for (const QString &name : names)
        m_vacatedCards.append(m_obstacles.rectOf(m_nodes.value(name)));
}

void TopologyScene::rerouteAcross(const QList<QRectF> &areas,
                                  QSet<RelationshipItem *> *touched,
                                  QRectF *before)
{
    // Arrows already touched are routed again too: one whose ends stayed kept its way.
    QSet<RelationshipItem *> rerouted;
    const auto reroute = [&](RelationshipItem *r) {
        if (rerouted.contains(r))
            return;
        rerouted.insert(r);
        if (before)
            *before |= r->sceneBoundingRect();
        r->reroute();
        touched->insert(r);
    };
    // Asking the index per area costs more than going through every arrow once the areas
    // are those of a layout.
    if (areas.size() > 2 * manyMoves) {
        for (NodeItem *item : std::as_const(m_nodes)) {
            for (RelationshipItem *r : std::as_const(item->outgoing()))
                reroute(r);
        }
        return;
    }
    for (const QRectF &area : areas) {
        if (area.isNull())
            continue;
        for (QGraphicsItem *item : items(area, Qt::IntersectsItemBoundingRect)) {
            auto *r = qgraphicsitem_cast<RelationshipItem *>(item);
            if (r && r->mayRouteThrough(area))
                reroute(r);
        }
    }
}

void TopologyScene::keepSelectionOfExistingNodes()
{
    if (!m_selection)
        return;
    QStringList kept;
    for (const QString &name : m_selection->selectedNodes()) {
        if (m_nodes.contains(name))
            kept << name;
    }
    if (kept != m_selection->selectedNodes())
        m_selection->setSelectedNodes(kept);
    syncSelectionFromModel();
}

void TopologyScene::onNodesMoved(const QStringList &names)
{
    if (m_build) {
        dropBuildForChange(); // the whole build takes the saved positions
        return;
    }
    flush();
    cancelInteraction();
    QSet<RelationshipItem *> moved;
    QList<QRectF> cardAreas = std::exchange(m_vacatedCards, {});
    qsizetype placed = 0;
    for (const QString &name : names) {
        NodeItem *item = m_nodes.value(name);
        if (!item || item->hostItem())
            continue;
        placed += item->pos() != rootPosition(name) ? 1 : 0;
        // A dragged card is at its new place in the index already (cardsLeave kept the old).
        cardAreas.append(m_obstacles.rectOf(item));
        placeRoot(item);
        cardAreas.append(m_obstacles.rectOf(item));
        updateRelationshipsOf(item, &moved);
    }
    rerouteAcross(cardAreas, &moved);
    placeLabels(moved);
    repaintWholeWhenMany(placed);
    updateSceneRect();
    overviewChanged();
    emit contentChanged();
}

void TopologyScene::repaintWholeWhenMany(qsizetype changedNodes)
{
    // Left to itself, Qt visits every changed item as a dirty one and gives each, for good, a
    // record of where it was painted per view: a hash of some 1.3 KB, 22 MB once a 10,000-node
    // topology is built or laid out (tests/bench/canvas). After that many changes most of what
    // is visible is repainted anyway: ask for the whole scene, and have Qt settle the dirty
    // items at once, while the whole scene is due (then it only clears their flags). Queued,
    // that settling could come after a whole-scene update already handled, and do the visit.
    if (changedNodes > manyMoves)
        repaintWhole();
}

void TopologyScene::repaintWhole()
{
    update();
    QMetaObject::invokeMethod(this, "_q_processDirtyItems", Qt::DirectConnection);
}

void TopologyScene::clearItems()
{
    m_obstacles.clear(); // clear() deletes the items without telling them they leave
    m_vacatedCards.clear();
    // A build stopped between creating cards and placing them leaves some outside the scene.
    for (NodeItem *item : std::as_const(m_nodes)) {
        if (!item->scene() && !item->parentItem())
            delete item;
    }
    clear();
}

NodeItem *TopologyScene::createNodeItem(const QString &name)
{
    // Not in the scene yet: updateHost puts it into its host or, for a card of its own, into the
    // scene. A hosted card added on its own first would pass through the scene's list of
    // top-level items, and leaving that list anywhere but at its end makes Qt renumber and
    // re-sort the whole list at the next addition.
    auto *item = new NodeItem(name);
    item->setChangeMark(ChangeMarks::of(m_comparison, name));
    m_nodes.insert(name, item);
    m_drawingOrderStale = true;
    m_cameNodes.append(item);
    return item;
}

void TopologyScene::removeNodeItem(NodeItem *item,
                                   QSet<NodeItem *> *relayout,
                                   QSet<NodeItem *> *capabilitiesDirty,
                                   QSet<QString> *orphans)
{
    const TopologyTemplate &topology = m_document->topology();
    for (NodeItem *child : item->hostedItems()) {
        if (!topology.contains(child->name())) { // gone too: no stop among the top-level items
            removeNodeItem(child, relayout, capabilitiesDirty, orphans);
            continue;
        }
        const QPointF at = child->scenePos();
        child->setParentItem(nullptr);
        child->setPos(at);
        m_placement.keep(child->name(), at);
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
    if (!item->hostItem()) {
        m_goneExtent |= item->sceneBoundingRect();
        m_vacatedCards.append(m_obstacles.rectOf(item));
    }
    m_nodes.remove(item->name());
    m_drawingOrderStale = true;
    // Later, not now: the item may be the one under the mouse in an event being delivered.
    if (item->scene() == this)
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
    if (!item->scene() && !hostItem && !current)
        addItem(item); // a new card of its own
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
    if (!current && !m_cameNodes.contains(item)) { // no longer a card of its own on the diagram
        m_goneExtent |= item->sceneBoundingRect();
        m_vacatedCards.append(m_obstacles.rectOf(item));
    }
    item->setParentItem(hostItem);
    m_drawingOrderStale = true;
    if (!hostItem) {
        item->setPos(at);
        // Leaving a host: stay where it was drawn until the user places it.
        m_placement.keep(item->name(), at);
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
        if (relationship->sourceItem()) // where it was drawn before the change
            m_goneExtent |= relationship->sceneBoundingRect();
        relationship->setEnds(item, targets[k]);
        relationship->setContent(wanted[k]);
        m_cameArrows.insert(relationship);
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
    if (relationship->scene() == this)
        m_goneExtent |= relationship->sceneBoundingRect();
    m_cameArrows.remove(relationship);
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

QHash<QString, QPointF> TopologyScene::automaticLayout() const
{
    return RootPlacement::arrange(rootItems(), relationshipItems());
}

bool TopologyScene::hasSavedPosition(const QString &name) const
{
    return m_placement.isSaved(name);
}

QPointF TopologyScene::rootPosition(const QString &name) const
{
    return m_placement.position(name);
}

void TopologyScene::placeRoot(NodeItem *root)
{
    if (!root->hostItem())
        root->setPos(rootPosition(root->name()));
}

void TopologyScene::updateRelationshipsOf(NodeItem *root,
                                          QSet<RelationshipItem *> *touched,
                                          QRectF *before)
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
    for (RelationshipItem *r : std::as_const(relationships)) {
        if (before)
            *before |= r->sceneBoundingRect();
        r->updateGeometry();
    }
    if (touched)
        touched->unite(relationships);
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

const QList<NodeItem *> &TopologyScene::drawingOrder() const
{
    if (!m_drawingOrderStale)
        return m_drawingOrder;
    m_drawingOrderStale = false;
    m_drawingOrder.clear();
    m_drawingOrder.reserve(m_nodes.size());
    // Depth first, as Qt draws items: a host, then each hosted node with what it hosts.
    QList<NodeItem *> stack;
    const QList<NodeItem *> roots = rootItems();
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        NodeItem *item = stack.takeLast();
        m_drawingOrder.append(item);
        const QList<NodeItem *> hosted = item->hostedItems();
        for (auto it = hosted.crbegin(); it != hosted.crend(); ++it)
            stack.append(*it);
    }
    return m_drawingOrder;
}

QList<QGraphicsItem *> TopologyScene::toolItems() const
{
    QList<QGraphicsItem *> items;
    for (CanvasTool *tool : tools())
        items += tool->items();
    return items;
}

QList<NodeItem *> TopologyScene::highlightedNodes() const
{
    QList<NodeItem *> items;
    for (CanvasTool *tool : tools())
        items += tool->highlightedNodes();
    return items;
}

QList<NodeItem *> TopologyScene::movingNodes() const
{
    QList<NodeItem *> items;
    for (CanvasTool *tool : tools())
        items += tool->movingNodes();
    return items;
}

bool TopologyScene::dimsOthers() const
{
    const QList<CanvasTool *> all = tools();
    return std::any_of(
        all.cbegin(), all.cend(), [](const CanvasTool *tool) { return tool->dimsOthers(); });
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

void TopologyScene::updateSceneRect(const QRectF &before, const QRectF &after)
{
    // What did not change defines the edges unless something that moved or went touched them;
    // what came or moved can only make the diagram grow.
    const QRectF gone = before | std::exchange(m_goneExtent, QRectF());
    QRectF came = after;
    for (NodeItem *item : std::exchange(m_cameNodes, {})) {
        if (m_nodes.value(item->name()) == item)
            came |= item->rootItem()->sceneBoundingRect();
    }
    for (RelationshipItem *arrow : std::exchange(m_cameArrows, {})) {
        if (arrow->sourceItem())
            came |= arrow->sceneBoundingRect();
    }
    const QRectF inside = m_diagramRect.adjusted(1, 1, -1, -1);
    if (m_diagramRect.isNull()
        || (!gone.isNull() && !inside.contains(gone) && !edgesHeldWithout(gone))) {
        updateSceneRect();
        return;
    }
    if (came.isNull() || m_diagramRect.contains(came))
        return;
    m_diagramRect |= came;
    setDiagramSceneRect();
}

bool TopologyScene::edgesHeldWithout(const QRectF &gone) const
{
    // Something that went or moved touched an edge: the edge stays where it is if a card or an
    // arrow still reaches it. The scene's index finds those along the edge, not every item.
    const QRectF &d = m_diagramRect;
    constexpr qreal near = 1;
    struct Edge
    {
        bool touched;
        QRectF strip;
        std::function<bool(const QRectF &)> reaches;
    };
    const Edge edges[] = {
        {gone.left() <= d.left() + near,
         QRectF(d.left(), d.top(), near, d.height()),
         [&](const QRectF &r) {
             return r.left() <= d.left();
         }},
        {gone.right() >= d.right() - near,
         QRectF(d.right() - near, d.top(), near, d.height()),
         [&](const QRectF &r) {
             return r.right() >= d.right();
         }},
        {gone.top() <= d.top() + near,
         QRectF(d.left(), d.top(), d.width(), near),
         [&](const QRectF &r) {
             return r.top() <= d.top();
         }},
        {gone.bottom() >= d.bottom() - near,
         QRectF(d.left(), d.bottom() - near, d.width(), near),
         [&](const QRectF &r) {
             return r.bottom() >= d.bottom();
         }},
    };
    for (const Edge &edge : edges) {
        if (edge.touched && !edgeHeld(edge.strip, edge.reaches))
            return false;
    }
    return true;
}

bool TopologyScene::edgeHeld(const QRectF &strip,
                             const std::function<bool(const QRectF &)> &reaches) const
{
    // A query sorts what it finds, and the index answers per leaf: a strip the length of the
    // diagram gathers a sixteenth of the scene. Asked a piece at a time, the edge is usually
    // held by something in the first piece.
    constexpr int pieces = 16;
    const bool vertical = strip.height() > strip.width();
    const qreal step = (vertical ? strip.height() : strip.width()) / pieces;
    for (int i = 0; i < pieces; ++i) {
        const QRectF piece
            = vertical ? QRectF(strip.left(), strip.top() + i * step, strip.width(), step)
                       : QRectF(strip.left() + i * step, strip.top(), step, strip.height());
        for (QGraphicsItem *item : items(piece, Qt::IntersectsItemBoundingRect)) {
            const bool counts
                = (item->type() == NodeItem::Type && !static_cast<NodeItem *>(item)->hostItem())
                  || item->type() == RelationshipItem::Type;
            if (counts && reaches(item->sceneBoundingRect()))
                return true;
        }
    }
    return false;
}

void TopologyScene::updateSceneRect()
{
    m_goneExtent = QRectF();
    m_cameNodes.clear();
    m_cameArrows.clear();
    ++m_diagramRectComputations;
    m_diagramRect = computeDiagramRect();
    setDiagramSceneRect();
}

void TopologyScene::setDiagramSceneRect()
{
    QRectF rect = m_diagramRect;
    if (rect.isNull())
        rect = QRectF(0, 0, 800, 500);
    // Room around the diagram to drag nodes into and to scroll a little past the edges.
    setSceneRect(rect.adjusted(-400, -300, 400, 300));
}

void TopologyScene::restyle()
{
    overviewChanged();
    for (QGraphicsItem *item : items())
        item->update(); // drops the item's cached pixmap too
    update();
}

void TopologyScene::setExporting(bool exporting)
{
    if (exporting == m_exporting)
        return;
    m_exporting = exporting;
    // Exports are for paper and documents: light whatever the application's theme.
    CanvasStyle::setPaper(exporting);
    overviewChanged();
    // Cached cards would show the selection and render as bitmaps in SVG.
    for (QGraphicsItem *item : items()) {
        if (item->type() == NodeItem::Type)
            item->setCacheMode(exporting ? QGraphicsItem::NoCache
                                         : QGraphicsItem::DeviceCoordinateCache);
    }
}

void TopologyScene::updateProblems()
{
    if (m_document)
        ProblemBadges::update(m_nodes, m_document->problems(), &m_badged);
    overviewChanged();
}

QMenu *TopologyScene::problemMenu(const QString &node, int requirementIndex, QWidget *parent)
{
    Problems shown;
    if (m_document) {
        for (const Problem &p : m_document->problemsAbout(node)) {
            const bool onRelationship
                = p.requirementIndex >= 0 && relationshipItem(node, p.requirementIndex);
            if (requirementIndex >= 0 ? p.requirementIndex == requirementIndex : !onRelationship)
                shown.append(p);
        }
    }
    return m_quickFixes->createMenu(shown, parent);
}

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

TopologyScene::DropTarget
TopologyScene::paletteDragMove(const QString &nodeType, const QPointF &scenePos, QString *reason)
{
    return m_paletteDrop->dragMove(nodeType, scenePos, reason);
}

void TopologyScene::paletteDragLeave()
{
    m_paletteDrop->dragLeave();
}

QString
TopologyScene::paletteDrop(const QString &nodeType, const QPointF &scenePos, QString *reason)
{
    return m_paletteDrop->drop(nodeType, scenePos, reason);
}

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

bool TopologyScene::beginConnection(const QString &node, const QString &requirement)
{
    NodeItem *item = nodeItem(node);
    if (!item || activeTool())
        return false;
    const QPointF port = item->requirementPortPosition(requirement);
    if (item->requirementPortAt(port) != requirement)
        return false;
    m_connectTool->beginConnect(item, requirement, item->mapToScene(port));
    return true;
}

CanvasTool *TopologyScene::activeTool() const
{
    for (CanvasTool *tool : tools()) {
        if (tool != m_paletteDrop && tool->isActive())
            return tool;
    }
    return nullptr;
}

QList<CanvasTool *> TopologyScene::tools() const
{
    return {m_moveTool, m_connectTool, m_paletteDrop};
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_document && event->button() == Qt::RightButton && !activeTool()) {
        selectForContextMenu(event->scenePos());
        event->accept();
        return;
    }
    if (!m_document || event->button() != Qt::LeftButton || activeTool()) {
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
                m_connectTool->beginConnect(node, requirement, event->scenePos());
                event->accept();
                return;
            }
        }
    }
    if (top && top->type() == ProblemBadgeItem::Type) {
        showProblemMenu(static_cast<ProblemBadgeItem *>(top), event);
        return;
    }
    if (top && top->type() == RelationshipItem::Type) {
        auto *relationship = static_cast<RelationshipItem *>(top);
        if (relationship->isOnHead(event->scenePos(), 9 / viewScale())) {
            if (!(event->modifiers() & Qt::ControlModifier))
                clearSelection();
            relationship->setSelected(true);
            m_connectTool->beginRetarget(relationship, event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (NodeItem *node = nodeFor(top))
        m_moveTool->press(node, event->scenePos());
}

void TopologyScene::selectForContextMenu(const QPointF &scenePos)
{
    // As in file managers: a right-click on a card outside the selection selects that card;
    // on one inside it, the selection stays for the menu to act on; elsewhere nothing changes.
    NodeItem *node = nodeAt(scenePos);
    if (!node || node->isSelected())
        return;
    clearSelection();
    node->setSelected(true);
}

int TopologyScene::addFixesOf(const QString &node, QMenu *menu)
{
    return m_document ? m_quickFixes->addFixes(menu, m_document->problemsAbout(node)) : 0;
}

void TopologyScene::showProblemMenu(const ProblemBadgeItem *badge, QGraphicsSceneMouseEvent *event)
{
    QMenu *menu = problemMenu(badge->node(), badge->requirementIndex(), event->widget());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->screenPos());
    event->accept();
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    CanvasTool *tool = activeTool();
    if (!tool || !tool->mouseMoved(event))
        QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    CanvasTool *tool = activeTool();
    if (!tool || !tool->mouseReleased(event))
        QGraphicsScene::mouseReleaseEvent(event);
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QGraphicsView *view = activeView();
    QGraphicsItem *top = itemAt(event->scenePos(), view ? view->transform() : QTransform());
    NodeItem *node = nodeFor(top);
    if (event->button() == Qt::LeftButton && node && top->type() != ProblemBadgeItem::Type
        && !activeTool()) {
        const QPointF local = node->mapFromScene(event->scenePos());
        if (local.y() <= headerHeight) {
            emit renameRequested(node->name());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

bool TopologyScene::cancelInteraction()
{
    const bool active = activeTool() != nullptr;
    bool cancelled = false;
    for (CanvasTool *tool : tools())
        cancelled = tool->cancel() || cancelled;
    if (active) {
        if (QGraphicsItem *grabber = mouseGrabberItem())
            grabber->ungrabMouse();
    }
    return cancelled;
}

void TopologyScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QGraphicsView *view = activeView();
    const QList<QGraphicsItem *> hits = items(event->scenePos(),
                                              Qt::IntersectsItemShape,
                                              Qt::DescendingOrder,
                                              view ? view->transform() : QTransform());
    QString text;
    for (const QGraphicsItem *item : hits) {
        if (item->type() == NodeItem::Type) {
            text = PlainText::toHtml(
                toolTipOf(static_cast<const NodeItem *>(item), event->scenePos()));
        } else if (item->type() == RelationshipItem::Type) {
            text = PlainText::toHtml(static_cast<const RelationshipItem *>(item)->toolTipText());
        } else {
            text = item->toolTip();
        }
        if (!text.isEmpty())
            break;
    }
    QToolTip::showText(text.isEmpty() ? QPoint() : event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

QString TopologyScene::toolTipOf(const NodeItem *item, const QPointF &scenePos) const
{
    const NodeTemplate *node = m_document ? m_document->topology().node(item->name()) : nullptr;
    if (!node)
        return QString();
    return m_contentBuilder.tooltip(item->content(),
                                    *node,
                                    m_document->validationContext(),
                                    item->requirementPortAt(item->mapFromScene(scenePos)));
}

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (m_exporting) {
        painter->fillRect(rect, cardFill()); // white: exports use the paper colours
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
