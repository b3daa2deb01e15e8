// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/minimapplacement.h"

#include <QPointF>
#include <QPointer>
#include <QWidget>

class QGraphicsView;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace Topologist {

class CanvasView;
class GroupOutlines;
class Comparison;
class MinimapWidget;
class RenameEditor;
class SelectionModel;
class TopologyDocument;
class TopologyScene;
class TypeCatalog;

/// The canvas: the topology drawn as nested nodes and relationship arrows, with zoom controls
/// and a minimap. It observes the document and pushes commands for what the user does.
///
/// Zoom: Ctrl+wheel zooms around the cursor (the plain wheel scrolls, Shift+wheel scrolls
/// sideways), the slider and buttons in the bar below zoom around the centre, the middle
/// button pans. Delete removes selected relationships when only relationships are selected
/// (nodes are the main window's Delete action), arrow keys nudge selected nodes (Shift: by 1),
/// F2 or a double-click on a node's header renames it in place.
class CanvasWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasWidget(const TypeCatalog &catalog, QWidget *parent = nullptr);
    ~CanvasWidget() override;

    /// Shows `document` (null shows nothing). The widget does not own it.
    void setDocument(TopologyDocument *document, SelectionModel *selection);
    /// Marks the cards as `comparison` sees them (added, changed); null clears the marks.
    void setComparison(Comparison *comparison);
    /// Writes the diagram as PNG or SVG, by the file's suffix.
    bool exportImage(const QString &path, QString *error) const;
    /// Scene position at the centre of what is visible, where pasted nodes go.
    QPointF visibleCenter() const;
    /// The top-left corner of a place for cards of `size` covering none, nearest to the centre
    /// of what is visible (FreeSpot).
    QPointF freeSpotInView(const QSizeF &size) const;
    double zoom() const;

    /// The scene and view, for tests and the benchmark.
    TopologyScene *scene() const { return m_scene; }
    GroupOutlines *groupOutlines() const { return m_groupOutlines; }
    QGraphicsView *view() const;
    /// The in-place rename editor while one is open, else null.
    RenameEditor *renameEditor() const;
    bool isMinimapVisible() const;
    /// How much of the cards a minimap over `sceneRect` would hide (MinimapPlacement).
    double hiddenBy(const QRectF &sceneRect) const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void autoLayout();
    void revealNode(const QString &name);
    /// Brings `names` into view together when they fit in it, else the first of them.
    void revealNodes(const QStringList &names);
    /// Opens the quick fixes of `name`'s problems next to its card, brought into view.
    void showFixes(const QString &name);
    void startRename(const QString &name);
    void setZoom(double zoom);
    void setMinimapVisible(bool visible);

signals:
    void statusMessage(const QString &message);
    void zoomChanged(double zoom);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createZoomBar();
    void createOverlays();
    void styleBubble();
    void connectView();
    void connectScene();
    void onZoomChanged(double zoom);
    void commitRename(const QString &text, bool leaving);
    void closeRename();
    void showBubble(const QString &text, const QPoint &viewportPos);
    void placeOverlays();
    void updateMinimapVisibility();
    /// Shows the OpeningView once the scene is built and the view has its size.
    void openWhenBuilt();
    void showOpeningView();

    TopologyScene *m_scene;
    GroupOutlines *m_groupOutlines;
    CanvasView *m_view;
    MinimapWidget *m_minimap;
    QSlider *m_slider;
    QToolButton *m_percent;
    QToolButton *m_minimapButton;
    QLabel *m_bubble;
    QTimer *m_bubbleTimer;
    QTimer *m_placeTimer;
    QPointer<RenameEditor> m_renameEditor;
    QPointer<TopologyDocument> m_document;
    QPointer<SelectionModel> m_selection;
    bool m_openPending = false;
    bool m_openWhenBuilt = false;
    bool m_committing = false;
    MinimapPlacement::Corner m_minimapCorner = MinimapPlacement::Corner::BottomRight;
};

} // namespace Topologist
