// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasedits.h"
#include "canvas/labelobstacles.h"
#include "canvas/nodecontentbuilder.h"
#include "canvas/nodeitem.h"
#include "canvas/rootplacement.h"
#include "canvas/tools/palettedroptool.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QMenu;

namespace Topologist {

class CanvasTool;
class Comparison;
class ConnectTool;
class DocumentActions;
class MoveTool;
class ProblemBadgeItem;
class QuickFixMenu;
class RelationshipItem;
class SceneBuild;
class SelectionModel;
class TopologyDocument;
class TypeCatalog;
class ValidationContext;
struct NodeTemplate;

/// The topology as graphics items, kept in step with a TopologyDocument.
///
/// It observes the document's typed changes: each marks the nodes it names, and the marked
/// nodes are brought up to date together (flush) when the edit is finished. Only the marked
/// nodes, their relationships and the trees they live in are touched, so an edit costs the same
/// in a thousand-node topology as in a small one. Items refer to nodes by name and draw what
/// the scene computes for them (NodeContentBuilder, HostTreeLayout, RootPlacement, LabelPlacer,
/// ProblemBadges).
///
/// The scene holds no interaction of its own: a press starts one of its tools (MoveTool,
/// ConnectTool; PaletteDropTool for drags from the palette), which then gets the drag. Every
/// change the user makes goes through DocumentActions.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(const TypeCatalog &catalog, QObject *parent = nullptr);
    ~TopologyScene() override;

    void setDocument(TopologyDocument *document, SelectionModel *selection);
    TopologyDocument *document() const;
    /// Marks the cards as `comparison` sees them (ChangeMarks), following its changes; null
    /// clears the marks. The scene does not own it.
    void setComparison(Comparison *comparison);
    Comparison *comparison() const;
    SelectionModel *selectionModel() const;

    NodeItem *nodeItem(const QString &name) const { return m_nodes.value(name); }
    const QHash<QString, NodeItem *> &nodeItems() const { return m_nodes; }
    QList<NodeItem *> rootItems() const;
    RelationshipItem *relationshipItem(const QString &source, int requirementIndex) const;
    QList<RelationshipItem *> relationshipItems() const;
    QList<RelationshipItem *> selectedRelationships() const;
    /// The topmost node under `scenePos`, leaving out `ignore` and everything inside it.
    NodeItem *nodeAt(const QPointF &scenePos, const QGraphicsItem *ignore = nullptr) const;

    /// Where a top-level node is drawn: its saved position, else its automatic one.
    QPointF rootPosition(const QString &name) const;
    bool hasSavedPosition(const QString &name) const;
    /// Positions of every top-level node by the automatic layout (CanvasLayout).
    QHash<QString, QPointF> automaticLayout() const;
    /// Saving positions, nudging, deleting the selected arrows.
    CanvasEdits &edits() { return m_edits; }

    /// The bounding rectangle of everything drawn (as of the last document change).
    QRectF diagramRect() const;
    /// How many times the diagram rectangle was computed from every item: a build, and the
    /// edits that moved or removed something on its edges.
    int diagramRectComputations() const { return m_diagramRectComputations; }
    /// True while the diagram is rendered for export: no selection, hover or grid.
    bool isExporting() const { return m_exporting; }

    /// Top-level cards and arrow labels, for placing labels and routing arrows. Cards and
    /// arrows keep it current through obstacleChanged().
    const LabelObstacles &labelObstacles() const { return m_obstacles; }
    /// Called by a card or an arrow from itemChange(): keeps the label obstacles of the scene
    /// it joins, leaves or moves in current.
    static void obstacleChanged(QGraphicsItem *item,
                                QGraphicsItem::GraphicsItemChange change,
                                const QVariant &value);
    /// Called by a card whose size or an arrow whose label changed.
    static void obstacleReshaped(const QGraphicsItem *item);
    void setExporting(bool exporting);

    // Palette drops (the view forwards its drag events here).
    using DropTarget = PaletteDropTool::Target;
    /// Highlights the node under the cursor green or red and says whether a drop would work.
    DropTarget paletteDragMove(const QString &nodeType, const QPointF &scenePos, QString *reason);
    void paletteDragLeave();
    /// Adds the node (hosted on the node under the cursor, if any); empty with the reason when
    /// refused.
    QString paletteDrop(const QString &nodeType, const QPointF &scenePos, QString *reason);

    /// The problems of a node (requirementIndex -1) or of one relationship, with their fixes.
    QMenu *problemMenu(const QString &node, int requirementIndex, QWidget *parent);
    /// Adds the quick fixes of every problem about `node` to `menu`; returns how many.
    int addFixesOf(const QString &node, QMenu *menu);

    /// The document's actions, or null without a document.
    DocumentActions *documentActions() const;
    QGraphicsView *activeView() const;
    /// The zoom of the view the user works in (1 without a view).
    qreal viewScale() const;
    /// Redraws the arrows of `root` and of the nodes it hosts (after they moved).
    /// The top-level cards `names` are about to be dragged: arrows routed around where they
    /// are now are routed again once they are placed.
    void cardsLeave(const QStringList &names);
    void updateRelationshipsOf(NodeItem *root,
                               QSet<RelationshipItem *> *touched = nullptr,
                               QRectF *before = nullptr);

    /// Every node, hosts before what they host (the order the overview draws them in).
    const QList<NodeItem *> &drawingOrder() const;
    /// The items the tools show for a drag in progress.
    QList<QGraphicsItem *> toolItems() const;
    /// Cards a drag highlights (candidates, the card under the cursor).
    QList<NodeItem *> highlightedNodes() const;
    /// Top-level cards a drag is moving: the overview draws them apart from its picture.
    QList<NodeItem *> movingNodes() const;
    /// Whether a drag shows every card that is not highlighted dimmed.
    bool dimsOthers() const;
    /// Counts changes to what the overview shows outside of drags (OverviewPainter): its
    /// picture is redrawn when this changed.
    quint64 overviewGeneration() const { return m_overviewGeneration; }
    void overviewChanged() { ++m_overviewGeneration; }
    /// The colours changed (CanvasStyle follows the application palette): every item
    /// repaints, cached cards and the overview included.
    void restyle();

    /// Aborts a drag in progress (Escape); false when there was none.
    bool cancelInteraction();
    /// Starts dragging a new relationship from `node`'s `requirement` port, as a press on the
    /// port does (at low zoom a port is too small to press). False when there is no such port.
    bool beginConnection(const QString &node, const QString &requirement);
    /// Brings the items up to date with the document now (normally done when it reports
    /// problems after an edit), finishing a build in slices at once.
    void flush();

    /// Whether the items of a new document are still being built, a slice at a time between
    /// events (SceneBuild). Meanwhile the view shows the progress and takes no input; flush()
    /// finishes the build at once for anything that needs the items.
    bool isBuilding() const { return m_build != nullptr; }
    /// Whether arrows go around the cards in their way: not while a build has yet to place
    /// the cards (every arrow is computed again once they are).
    bool routesArrows() const;
    /// How far the build got, 0 to 100 (100 when there is none).
    int buildPercent() const;
    /// Documents of at least @p nodes are built in slices of at most about @p slice each.
    void setBuildInSlices(qsizetype nodes, std::chrono::milliseconds slice);

signals:
    void statusMessage(const QString &message);
    /// A user action was refused; the view shows `reason` next to the cursor.
    void refused(const QString &reason, const QPointF &scenePos);
    void renameRequested(const QString &name);
    /// Items were added, removed, moved or resized (the minimap redraws, the scene rect grows).
    void contentChanged();
    /// The items of a new document are complete (after a build in slices too).
    void built();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    /// Tooltips of cards and arrows are made when shown, not kept by 16,000 items.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    friend class SceneBuild;
    struct FlushWork;

    /// Builds every item for the document: in slices when it is big.
    void rebuild();
    void build(bool inSlices);
    void buildSlice();
    /// Runs what is left of a build in slices, or the build a change called for, at once.
    void finishBuild();
    void completeBuild();
    /// Forgets a build under way (its slices stop).
    void stopBuild();
    /// A change during a build in slices: it would read the document half before and half
    /// after, so it is dropped and the whole build done when the edit is finished.
    void dropBuildForChange();
    void removeVanished(const QSet<QString> &dirty, FlushWork *work);
    void updateNodes(const QSet<QString> &dirty, const ValidationContext &context, FlushWork *work);
    /// Lays out the trees the flush touched; the scene rectangles they and their arrows
    /// covered before and cover after.
    QPair<QRectF, QRectF> relayoutRoots(const FlushWork &work);
    void keepSelectionOfExistingNodes();
    void repaintWholeWhenMany(qsizetype changedNodes);
    void repaintWhole();
    /// The tooltip of a card at `scenePos`: its port's, else its own.
    QString toolTipOf(const NodeItem *item, const QPointF &scenePos) const;
    void markDirty(const QString &name);
    void scheduleFlush();
    void onNodesMoved(const QStringList &names);
    void onNodeRenamed(const QString &from, const QString &to);
    void onProblemsChanged();
    void onEditFinished();
    void updateProblems();
    void syncSelectionFromModel();
    void syncSelectionToModel();
    QList<CanvasTool *> tools() const;
    /// The tool a mouse drag is under way with (palette drops come as drag events instead).
    CanvasTool *activeTool() const;
    void showProblemMenu(const ProblemBadgeItem *badge, QGraphicsSceneMouseEvent *event);
    void selectForContextMenu(const QPointF &scenePos);

    void clearItems();
    NodeItem *createNodeItem(const QString &name);
    void removeNodeItem(NodeItem *item,
                        QSet<NodeItem *> *relayout,
                        QSet<NodeItem *> *capabilitiesDirty,
                        QSet<QString> *orphans);
    bool updateHost(NodeItem *item, const ValidationContext &context, QSet<NodeItem *> *relayout);
    void rebuildOutgoing(NodeItem *item,
                         const ValidationContext &context,
                         QSet<NodeItem *> *capabilitiesDirty);
    void detachRelationship(RelationshipItem *relationship, QSet<NodeItem *> *capabilitiesDirty);
    void deleteRelationship(RelationshipItem *relationship);
    bool refreshCapabilities(NodeItem *item);
    void placeRoot(NodeItem *root);
    void updateSceneRect();
    /// After an edit that only moved or resized `before` into `after` (scene rectangles of the
    /// trees and arrows it touched): the diagram rectangle grows, or is computed again when
    /// what moved was on its edge (it may shrink) or items came or went.
    void updateSceneRect(const QRectF &before, const QRectF &after);
    void setDiagramSceneRect();
    /// Places the labels of arrows that moved, the few of an edit without looking at all cards.
    void placeLabels(const QSet<RelationshipItem *> &moved);
    /// Routes again the arrows that cross one of `areas` (where cards came, went or moved) or
    /// go around cards and pass there; adds them to `touched`, and where they were drawn to
    /// `before` when given. Many areas: every arrow.
    /// Adds a top-level card's footprint before and after an edit to `areas`, when it changed.
    static void
    addChangedFootprint(const QRectF &before, const QRectF &after, QList<QRectF> *areas);
    void rerouteAcross(const QList<QRectF> &areas,
                       QSet<RelationshipItem *> *touched,
                       QRectF *before = nullptr);
    QRectF computeDiagramRect() const;
    /// True when every edge of the diagram that `gone` touched is still reached by a card or
    /// an arrow: the diagram did not shrink.
    bool edgesHeldWithout(const QRectF &gone) const;
    bool edgeHeld(const QRectF &strip, const std::function<bool(const QRectF &)> &reaches) const;

    void updateObstacle(const QGraphicsItem *item);

    NodeContentBuilder m_contentBuilder;
    LabelObstacles m_obstacles;
    CanvasEdits m_edits;
    QuickFixMenu *m_quickFixes;

    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    QList<QMetaObject::Connection> m_connections;
    QPointer<Comparison> m_comparison;
    QList<QMetaObject::Connection> m_comparisonConnections;

    QHash<QString, NodeItem *> m_nodes;
    QSet<QString> m_badged; // nodes with a problem badge on their card or arrows
    mutable QList<NodeItem *> m_drawingOrder;
    mutable bool m_drawingOrderStale = true;
    quint64 m_overviewGeneration = 0;
    RootPlacement m_placement;
    QRectF m_diagramRect;
    // Since the diagram rectangle was last brought up to date: where cards and arrows that went
    // (or moved off) were drawn, and the cards and arrows that came or changed.
    QRectF m_goneExtent;
    // Where top-level cards were drawn that went or got a host since the last flush: arrows
    // routed around them may go straight now.
    QList<QRectF> m_vacatedCards;
    QList<NodeItem *> m_cameNodes;
    QSet<RelationshipItem *> m_cameArrows;
    int m_diagramRectComputations = 0;
    QSet<QString> m_dirty;
    bool m_flushScheduled = false;
    bool m_problemsStale = false;
    bool m_syncingSelection = false;
    bool m_exporting = false;

    std::unique_ptr<SceneBuild> m_build;
    QTimer m_buildTimer;
    bool m_rebuildPending = false;
    qsizetype m_buildInSlicesFrom = 2000;
    std::chrono::milliseconds m_buildSlice{15};

    MoveTool *m_moveTool;
    ConnectTool *m_connectTool;
    PaletteDropTool *m_paletteDrop;
};

} // namespace Topologist
