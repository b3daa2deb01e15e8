// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/minimapwidget.h"

#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>

namespace Topologist {

namespace {
constexpr int margin = 6;
}

MinimapWidget::MinimapWidget(QGraphicsView *view, TopologyScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_scene(scene)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_collapse = new QToolButton(this);
    m_collapse->setObjectName(QStringLiteral("minimapCollapse"));
    m_collapse->setAutoRaise(true);
    m_collapse->setFocusPolicy(Qt::NoFocus);
    m_collapse->setText(QStringLiteral("\u2013"));
    m_collapse->setToolTip(
        tr("Hide the overview (the map button under the canvas shows it again)"));
    m_collapse->setFixedSize(16, 16);
    m_collapse->setCursor(Qt::ArrowCursor);
    connect(m_collapse, &QToolButton::clicked, this, &MinimapWidget::collapseRequested);
    m_timer.setSingleShot(true);
    m_timer.setInterval(120);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_dirty = true;
        update();
    });
}

void MinimapWidget::invalidate()
{
    m_timer.start();
}

QTransform MinimapWidget::sceneToWidget() const
{
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    if (m_diagram.isEmpty())
        return QTransform();
    const qreal scale = qMin(area.width() / m_diagram.width(), area.height() / m_diagram.height());
    const QPointF offset(area.left() + (area.width() - m_diagram.width() * scale) / 2,
                         area.top() + (area.height() - m_diagram.height() * scale) / 2);
    QTransform transform;
    transform.translate(offset.x(), offset.y());
    transform.scale(scale, scale);
    transform.translate(-m_diagram.left(), -m_diagram.top());
    return transform;
}

void MinimapWidget::rebuild()
{
    m_dirty = false;
    ++m_renders;
    m_diagram = m_scene->diagramRect().adjusted(-20, -20, 20, 20);
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap(size() * ratio);
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(Qt::transparent);
    if (m_diagram.isEmpty())
        return;
    QPainter painter(&m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(sceneToWidget());
    // Hosts first, so the nodes inside them are drawn on top.
    QList<const NodeItem *> queue;
    for (const NodeItem *root : m_scene->rootItems())
        queue.append(root);
    const qreal hairline = 1.0 / qMax<qreal>(1e-6, sceneToWidget().m11());
    for (int i = 0; i < queue.size(); ++i) {
        const NodeItem *item = queue[i];
        const NodeKind kind = item->content().kind;
        const QRectF rect = item->mapRectToScene(item->rect());
        painter.setPen(QPen(CanvasStyle::accent(kind), hairline));
        painter.setBrush(item->hostItem() ? CanvasStyle::cardFill()
                                          : CanvasStyle::headerFill(kind));
        painter.drawRect(rect);
        for (const NodeItem *child : item->hostedItems())
            queue.append(child);
    }
}

void MinimapWidget::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_picture.size() != size() * devicePixelRatioF())
        rebuild();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(CanvasStyle::border(), 1));
    QColor frame = CanvasStyle::cardFill();
    frame.setAlpha(236);
    painter.setBrush(frame);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.drawPixmap(0, 0, m_picture);
    if (!m_view || m_diagram.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QRectF shown
        = sceneToWidget().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    QColor fill = CanvasStyle::selection();
    fill.setAlpha(30);
    painter.setBrush(fill);
    painter.setPen(QPen(CanvasStyle::selection(), 1.5));
    painter.drawRect(shown);
}

void MinimapWidget::centerViewAt(const QPointF &widgetPos)
{
    if (!m_view || m_diagram.isEmpty())
        return;
    bool invertible = false;
    const QTransform toScene = sceneToWidget().inverted(&invertible);
    if (invertible)
        m_view->centerOn(toScene.map(widgetPos));
}

void MinimapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centerViewAt(event->position());
    event->accept();
}

void MinimapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centerViewAt(event->position());
    event->accept();
}

void MinimapWidget::changeEvent(QEvent *event)
{
    // The miniature is drawn in CanvasStyle's colours, which follow the palette.
    if (event->type() == QEvent::PaletteChange) {
        m_dirty = true;
        update();
    }
    QWidget::changeEvent(event);
}

void MinimapWidget::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    m_collapse->move(width() - m_collapse->width() - 2, 2);
    QWidget::resizeEvent(event);
}

} // namespace Topologist
