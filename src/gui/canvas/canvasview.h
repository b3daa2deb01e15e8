// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QPixmap>

#include <functional>

class QMenu;

namespace Topologist {

class TopologyScene;

/// The canvas' view: zoom (Ctrl+wheel around the cursor; plain wheel scrolls, Shift+wheel
/// scrolls sideways), panning with the middle button, rubber-band selection, palette drops,
/// and the keys that act on the canvas itself (Delete on selected relationships, arrow keys
/// nudging selected nodes, F2, Escape). Keys it does not use reach the main window's actions.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    /// Low enough to fit a 10,000-node topology in a window (the overview draws it cheaply).
    static constexpr double minimumZoom = 0.02;
    static constexpr double maximumZoom = 4.0;

    explicit CanvasView(TopologyScene *scene, QWidget *parent = nullptr);

    TopologyScene *topologyScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    /// Whether the canvas says what to do, having a document without nodes.
    bool showsEmptyHint() const;
    /// Whether the diagram is drawn as an overview (OverviewPainter) at the current zoom.
    bool showsOverview() const;
    /// How many times the overview's settled picture was drawn (a drag frame must not).
    int overviewRenders() const { return m_overviewRenders; }
    /// The commands a card's context menu offers besides its fixes (the window's Rename,
    /// Delete, Cut, Copy, Paste...), in order; null entries are separators.
    void setNodeActions(const QList<QAction *> &actions) { m_nodeActions = actions; }
    /// The context menu of the card `node` (which is selected): its quick fixes, then the node
    /// actions. The caller owns it.
    QMenu *createNodeMenu(const QString &node);
    /// Zooms keeping the scene point under `anchor` (viewport coordinates) in place.
    void setZoom(double zoom, const QPoint &anchor);
    void setZoom(double zoom);

signals:
    void zoomChanged(double zoom);
    /// Scrolled, zoomed or resized (the minimap follows).
    void viewChanged();
    void renameRequested();
    void zoomInRequested();
    void zoomOutRequested();
    void statusMessage(const QString &message);
    /// A palette drop would be refused here, for `reason`.
    void dropRefused(const QString &reason, const QPoint &viewportPos);

protected:
    bool event(QEvent *event) override;
    /// Takes no mouse input while the scene is being built: its cards are not in place yet.
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void makeRoomForCachedCards() const;
    /// The menu of the one selected node or relationship, at it (the keyboard's context menu);
    /// false when the selection is not one of them.
    bool showSelectionMenu();
    void showNodeMenu(const QString &node, const QPoint &globalPos);
    /// The menu of the selected relationship.
    void showRelationshipMenu(const QPoint &globalPos);
    /// Connect > requirement > target, for the requirements of `node` that take one more.
    void addConnectMenu(QMenu *menu, const QString &node);
    /// Host on > machine: the other nodes the hosted `node` may move to.
    void addHostMenu(QMenu *menu, const QString &node);
    /// An entry per target in `menu` (disabled without any), each applying `choose` to it.
    void addTargetActions(QMenu *menu,
                          const QStringList &targets,
                          const QString &elsewhere,
                          const std::function<bool(const QString &target, QString *error)> &choose);
    /// Chooses how the viewport is repainted for the zoom (the overview repaints it whole).
    void updateDetailLevel();
    void paintRubberBand(QPainter *painter);
    /// What to do on an empty canvas, over it.
    void paintEmptyHint(QPainter *painter);
    /// How far the scene's build got, instead of the half-built diagram.
    void paintBuildProgress(QPainter *painter);
    /// The settled overview of the whole viewport, redrawn only when it changed.
    const QPixmap &overviewPicture();
    bool consumesKey(const QKeyEvent *event) const;

    TopologyScene *m_scene;
    bool m_panning = false;
    QPoint m_panLast;
    QString m_lastRefusal;
    QPixmap m_overview;
    quint64 m_overviewGeneration = 0;
    QTransform m_overviewTransform;
    int m_overviewRenders = 0;
    bool m_emptyHintShown = false;
    QList<QAction *> m_nodeActions;
};

} // namespace Topologist
