// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGraphicsView;
class QToolButton;

namespace Topologist {

class TopologyScene;

/// An overview in a corner of the canvas: the whole diagram in miniature and the visible part
/// as a rectangle; clicking or dragging in it moves the view there. The miniature is drawn
/// from the node rectangles (not by rendering the scene), so it stays cheap for thousand-node
/// topologies, and it is redrawn shortly after the diagram changes, not on every change.
class MinimapWidget : public QWidget
{
    Q_OBJECT

public:
    MinimapWidget(QGraphicsView *view, TopologyScene *scene, QWidget *parent = nullptr);

    /// The small button in its corner that puts it away (the zoom bar's map button brings it
    /// back).
    QToolButton *collapseButton() const { return m_collapse; }
    /// How many times the miniature was drawn (moving the view must not redraw it).
    int pictureRenders() const { return m_renders; }
    /// The miniature as drawn last, at the widget's device pixel ratio.
    const QPixmap &picture() const { return m_picture; }

signals:
    void collapseRequested();

public slots:
    /// The diagram changed: redraw the miniature soon.
    void invalidate();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QTransform sceneToWidget() const;
    void centerViewAt(const QPointF &widgetPos);

    QPointer<QGraphicsView> m_view;
    TopologyScene *m_scene;
    QPixmap m_picture;
    QRectF m_diagram;
    bool m_dirty = true;
    int m_renders = 0;
    QTimer m_timer;
    QToolButton *m_collapse;
};

} // namespace Topologist
