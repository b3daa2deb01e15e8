// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasview.h"

#include "canvas/canvasstyle.h"
#include "canvas/nodeitem.h"
#include "canvas/overviewpainter.h"
#include "canvas/relationshipitem.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "icons.h"
#include "mimetypes.h"
#include "selectionmodel.h"
#include "topologydocument.h"
#include "types/hosting.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPixmapCache>
#include <QScrollBar>
#include <QStyleOptionProgressBar>
#include <QStyleOptionRubberBand>
#include <QWheelEvent>

#include <cmath>
#include <functional>
#include <memory>

namespace Topologist {

CanvasView::CanvasView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // One rectangle around what changed: node cards are cached pixmaps (NodeItem) and arrows
    // paint only where they cross the exposed area, so this is cheap, and measured faster than
    // MinimalViewportUpdate, whose many-rectangle clip slows every item down when a long
    // arrow moves (tests/bench/canvas).
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    // No cached background: the dot grid is cheap to draw where needed, and a cache of it is a
    // viewport-sized pixmap (6 MB) for nothing (tests/bench/canvas).
    setCacheMode(QGraphicsView::CacheNone);
    setDragMode(QGraphicsView::RubberBandDrag);
    // Nested nodes: a band selects what it encloses, not every host it grazes.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    // The hint of an empty canvas covers its middle: it comes and goes whole, not with the
    // region of the card that was added or deleted.
    connect(m_scene, &TopologyScene::contentChanged, this, [this] {
        const bool empty = showsEmptyHint();
        if (empty != m_emptyHintShown) {
            m_emptyHintShown = empty;
            viewport()->update();
        }
    });
}

bool CanvasView::showsEmptyHint() const
{
    return m_scene->document() && !m_scene->isBuilding() && m_scene->nodeItems().isEmpty();
}

void CanvasView::setZoom(double zoom, const QPoint &anchor)
{
    zoom = qBound(minimumZoom, zoom, maximumZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    const QPointF scenePoint = mapToScene(anchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    updateDetailLevel();
    const QPoint drift = mapFromScene(scenePoint) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    emit zoomChanged(zoom);
    emit viewChanged();
}

void CanvasView::setZoom(double zoom)
{
    setZoom(zoom, viewport()->rect().center());
}

bool CanvasView::consumesKey(const QKeyEvent *event) const
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        // Nodes are deleted by the main window's Delete action; relationships here.
        bool nodes = false;
        for (QGraphicsItem *item : m_scene->selectedItems())
            nodes = nodes || item->type() == NodeItem::Type;
        return !nodes && !m_scene->selectedRelationships().isEmpty();
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && consumesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange) {
        // CanvasStyle follows the palette: what was painted in the old colours goes.
        m_overview = QPixmap();
        m_scene->restyle();
    }
    return QGraphicsView::event(event);
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (m_scene->isBuilding()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::ContextMenu:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
            event->ignore();
            return true;
        default:
            break;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 1 : 10;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (consumesKey(event) && m_scene->edits().deleteSelectedRelationships()) {
            event->accept();
            return;
        }
        break;
#ifndef Q_OS_WIN
    case Qt::Key_F10:
        // Shift+F10 opens the context menu in GNOME, KDE and Windows alike, but only Windows'
        // Qt turns it into a context menu event (the Menu key is turned everywhere).
        if (event->modifiers() == Qt::ShiftModifier) {
            QContextMenuEvent menu(QContextMenuEvent::Keyboard,
                                   rect().center(),
                                   mapToGlobal(rect().center()),
                                   event->modifiers());
            QCoreApplication::sendEvent(this, &menu);
            event->accept();
            return;
        }
        break;
#endif
    case Qt::Key_Escape:
        if (!m_scene->cancelInteraction())
            m_scene->clearSelection();
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QPointF delta(event->key() == Qt::Key_Left    ? -step
                            : event->key() == Qt::Key_Right ? step
                                                            : 0,
                            event->key() == Qt::Key_Up     ? -step
                            : event->key() == Qt::Key_Down ? step
                                                           : 0);
        if (consumesKey(event) && m_scene->edits().nudgeSelection(delta)) {
            event->accept();
            return;
        }
        break;
    }
    case Qt::Key_F2:
        emit renameRequested();
        event->accept();
        return;
    default:
        if (event->matches(QKeySequence::ZoomIn) || (event->key() == Qt::Key_Plus)) {
            emit zoomInRequested();
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::ZoomOut) || (event->key() == Qt::Key_Minus)) {
            emit zoomOutRequested();
            event->accept();
            return;
        }
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(zoom() * std::pow(1.2, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

QMenu *CanvasView::createNodeMenu(const QString &node)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("nodeMenu"));
    QMenu *fixes = menu->addMenu(Icons::quickFix(), tr("&Fix"));
    fixes->setObjectName(QStringLiteral("fixMenu"));
    if (m_scene->addFixesOf(node, fixes) == 0)
        fixes->setEnabled(false);
    addConnectMenu(menu, node);
    addHostMenu(menu, node);
    menu->addSeparator();
    for (QAction *action : std::as_const(m_nodeActions)) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    return menu;
}

void CanvasView::addConnectMenu(QMenu *menu, const QString &node)
{
    QMenu *connectMenu = menu->addMenu(tr("&Connect"));
    connectMenu->setObjectName(QStringLiteral("connectMenu"));
    DocumentActions *actions = m_scene->documentActions();
    const QStringList requirements = actions ? actions->openRequirements(node) : QStringList();
    for (const QString &requirement : requirements) {
        addTargetActions(connectMenu->addMenu(requirement),
                         actions->connectableTargets(node, requirement),
                         tr("choose in the Properties panel"),
                         [=](const QString &target, QString *error) {
                             return actions->connect(node, requirement, target, error);
                         });
    }
    connectMenu->setEnabled(!requirements.isEmpty());
}

void CanvasView::addHostMenu(QMenu *menu, const QString &node)
{
    QMenu *hostMenu = menu->addMenu(tr("&Host on"));
    hostMenu->setObjectName(QStringLiteral("hostMenu"));
    hostMenu->setEnabled(false);
    DocumentActions *actions = m_scene->documentActions();
    const NodeItem *item = m_scene->nodeItem(node);
    const NodeItem *host = item ? item->hostItem() : nullptr;
    const TopologyDocument *document = m_scene->document();
    const NodeTemplate *source = document ? document->topology().node(node) : nullptr;
    if (!actions || !host || !source)
        return; // a node hosted nowhere gets its host through Connect
    // The relationship that nests the card in its host's.
    const int index = Hosting(document->types(), &document->topology()).hostingRequirement(*source);
    if (index < 0 || source->requirements[index].node != host->name())
        return;
    QStringList hosts = actions->connectableTargets(node, source->requirements[index].name, index);
    hosts.removeOne(host->name());
    addTargetActions(
        hostMenu, hosts, tr("drag the card onto one"), [=](const QString &target, QString *error) {
            return actions->retarget(node, index, target, error);
        });
}

void CanvasView::addTargetActions(
    QMenu *menu,
    const QStringList &targets,
    const QString &elsewhere,
    const std::function<bool(const QString &target, QString *error)> &choose)
{
    // A long list is no menu: past this many, `elsewhere` says where to choose.
    constexpr qsizetype most = 25;
    for (qsizetype i = 0; i < targets.size() && i < most; ++i) {
        const QString target = targets[i];
        connect(menu->addAction(target), &QAction::triggered, this, [this, target, choose] {
            QString error;
            if (!choose(target, &error))
                emit statusMessage(error);
        });
    }
    if (targets.size() > most) {
        QAction *more = menu->addAction(
            tr("%n more: %1", nullptr, int(targets.size() - most)).arg(elsewhere));
        more->setEnabled(false);
    }
    menu->setEnabled(!targets.isEmpty());
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the Menu key or Shift+F10 the menu is about the selection, wherever the pointer is.
    if (event->reason() == QContextMenuEvent::Keyboard && showSelectionMenu()) {
        event->accept();
        return;
    }
    QGraphicsItem *item = itemAt(event->pos());
    NodeItem *node = m_scene->nodeAt(mapToScene(event->pos()));
    if (node && m_scene->document() && !(item && item->type() == RelationshipItem::Type)) {
        showNodeMenu(node->name(), event->globalPos());
        event->accept();
        return;
    }
    if (item && item->type() == RelationshipItem::Type) {
        auto *relationship = static_cast<RelationshipItem *>(item);
        if (!relationship->isSelected()) {
            m_scene->clearSelection();
            relationship->setSelected(true);
        }
        showRelationshipMenu(event->globalPos());
        event->accept();
        return;
    }
    QGraphicsView::contextMenuEvent(event);
}

bool CanvasView::showSelectionMenu()
{
    const SelectionModel *selection = m_scene->selectionModel();
    const QStringList nodes = selection ? selection->selectedNodes() : QStringList();
    const QList<RelationshipItem *> relationships = m_scene->selectedRelationships();
    QGraphicsItem *item = nullptr;
    QRectF at;
    if (nodes.size() == 1 && relationships.isEmpty() && m_scene->document()) {
        item = m_scene->nodeItem(nodes.first());
        at = item ? item->sceneBoundingRect() : QRectF();
    } else if (nodes.isEmpty() && relationships.size() == 1) {
        item = relationships.first();
        // The label sits on the arrow; the arrow's bounding box may be mostly empty.
        at = relationships.first()->labelRect().isValid() ? relationships.first()->labelRect()
                                                          : item->sceneBoundingRect();
    }
    if (!item)
        return false;
    // At the item as it is on screen, scrolled into view first: the menu's corner a little
    // inside its top left corner, where a click on it would open it too.
    ensureVisible(at, 8, 8);
    const QRect onScreen = mapFromScene(at).boundingRect() & viewport()->rect();
    const QPoint corner = onScreen.isEmpty() ? viewport()->rect().center()
                                             : onScreen.topLeft()
                                                   + QPoint(qMin(onScreen.width() / 2, 24),
                                                            qMin(onScreen.height() / 2, 20));
    const QPoint global = viewport()->mapToGlobal(corner);
    if (item->type() == RelationshipItem::Type)
        showRelationshipMenu(global);
    else
        showNodeMenu(nodes.first(), global);
    return true;
}

void CanvasView::showNodeMenu(const QString &node, const QPoint &globalPos)
{
    std::unique_ptr<QMenu> menu(createNodeMenu(node));
    menu->exec(globalPos);
}

void CanvasView::showRelationshipMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("relationshipMenu"));
    QAction *remove = menu.addAction(Icons::remove(), tr("Delete Relationship"));
    if (menu.exec(globalPos) == remove)
        m_scene->edits().deleteSelectedRelationships();
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    m_lastRefusal.clear();
    if (m_scene->document() && event->mimeData()->hasFormat(MimeTypes::nodeType())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_scene->document() || !event->mimeData()->hasFormat(MimeTypes::nodeType())) {
        event->ignore();
        return;
    }
    const QString type = QString::fromUtf8(event->mimeData()->data(MimeTypes::nodeType()));
    QString reason;
    const QPoint pos = event->position().toPoint();
    const TopologyScene::DropTarget target
        = m_scene->paletteDragMove(type, mapToScene(pos), &reason);
    if (target == TopologyScene::DropTarget::Refused) {
        if (reason != m_lastRefusal) {
            emit statusMessage(reason);
            emit dropRefused(reason, pos);
        }
        m_lastRefusal = reason;
        event->ignore();
        return;
    }
    m_lastRefusal.clear();
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->paletteDragLeave();
    m_lastRefusal.clear();
    event->accept();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (!m_scene->document() || !event->mimeData()->hasFormat(MimeTypes::nodeType())) {
        event->ignore();
        return;
    }
    const QString type = QString::fromUtf8(event->mimeData()->data(MimeTypes::nodeType()));
    QString reason;
    const QString name
        = m_scene->paletteDrop(type, mapToScene(event->position().toPoint()), &reason);
    m_lastRefusal.clear();
    if (name.isEmpty()) {
        event->ignore();
        return;
    }
    setFocus();
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewChanged();
}

bool CanvasView::showsOverview() const
{
    return OverviewPainter::applies(zoom()) && !m_scene->isExporting();
}

void CanvasView::updateDetailLevel()
{
    // The overview has no item-by-item repaint: what moved is found by redrawing the whole
    // viewport, which it does in a few milliseconds. Cards and arrows repaint what they cover.
    setViewportUpdateMode(showsOverview() ? QGraphicsView::FullViewportUpdate
                                          : QGraphicsView::BoundingRectViewportUpdate);
    if (!showsOverview())
        m_overview = QPixmap(); // its memory is not needed at this zoom
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    if (m_scene->isBuilding()) {
        QPainter painter(viewport());
        paintBuildProgress(&painter);
        return;
    }
    if (!showsOverview()) {
        QGraphicsView::paintEvent(event);
        if (showsEmptyHint()) {
            QPainter painter(viewport());
            paintEmptyHint(&painter);
        }
        return;
    }
    const QPixmap &picture = overviewPicture();
    QPainter painter(viewport());
    painter.setClipRect(event->rect());
    painter.drawPixmap(0, 0, picture);
    painter.setTransform(viewportTransform());
    OverviewPainter::paintLive(&painter, *m_scene, mapToScene(event->rect()).boundingRect());
    painter.resetTransform();
    paintRubberBand(&painter);
}

const QPixmap &CanvasView::overviewPicture()
{
    const qreal ratio = viewport()->devicePixelRatioF();
    const QSize size = viewport()->size() * ratio;
    if (m_overview.size() == size && m_overviewGeneration == m_scene->overviewGeneration()
        && m_overviewTransform == viewportTransform())
        return m_overview;
    m_overviewGeneration = m_scene->overviewGeneration();
    m_overviewTransform = viewportTransform();
    if (m_overview.size() != size) {
        m_overview = QPixmap(size);
        m_overview.setDevicePixelRatio(ratio);
    }
    ++m_overviewRenders;
    QPainter painter(&m_overview);
    painter.setTransform(m_overviewTransform);
    OverviewPainter::paintSettled(
        &painter, *m_scene, mapToScene(viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1));
    return m_overview;
}

void CanvasView::paintEmptyHint(QPainter *painter)
{
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    painter->setPen(palette().color(QPalette::WindowText));
    painter->setFont(title);
    const int middle = area.center().y();
    painter->drawText(QRect(area.left(), middle - 40, area.width(), 30),
                      Qt::AlignCenter,
                      tr("This topology has no nodes yet"));
    painter->setFont(font());
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(QRect(area.left(), middle, area.width(), 60),
                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                      tr("Drag a type from the Types panel onto the canvas to add a node; drop "
                         "it on a machine to host it there. File > New from Template starts "
                         "from a whole Mesos cluster."));
}

void CanvasView::paintBuildProgress(QPainter *painter)
{
    const QRect area = viewport()->rect();
    painter->fillRect(area, CanvasStyle::canvasBackground());
    const int width = qMin(320, area.width() - 40);
    QStyleOptionProgressBar bar;
    bar.initFrom(viewport());
    bar.state |= QStyle::State_Horizontal;
    bar.rect = QRect(area.center().x() - width / 2, area.center().y(), width, 16);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = m_scene->buildPercent();
    style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, viewport());
    const QRect text(bar.rect.left(), bar.rect.top() - 28, width, 22);
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawText(text, Qt::AlignCenter, tr("Drawing the diagram… %1 %").arg(bar.progress));
}

void CanvasView::paintRubberBand(QPainter *painter)
{
    // As QGraphicsView draws it (its paint event is not run for the overview).
    const QRect band = rubberBandRect();
    if (band.isEmpty())
        return;
    QStyleOptionRubberBand option;
    option.initFrom(viewport());
    option.rect = band;
    option.shape = QRubberBand::Rectangle;
    QStyleHintReturnMask mask;
    if (viewport()->style()->styleHint(QStyle::SH_RubberBand_Mask, &option, viewport(), &mask))
        painter->setClipRegion(mask.region, Qt::IntersectClip);
    viewport()->style()->drawControl(QStyle::CE_RubberBand, &option, painter, viewport());
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    makeRoomForCachedCards();
    emit viewChanged();
}

void CanvasView::makeRoomForCachedCards() const
{
    // Node cards are cached pixmaps (NodeItem). Cards nest, so a screenful at 100 % is a few
    // viewports' worth of pixels; three viewports keep panning and dragging from redrawing
    // cards every frame, and bound what the cache takes however much of a large topology the
    // user pans over. Only ever raised: the cache is shared by every view.
    const QSize pixels = viewport()->size() * viewport()->devicePixelRatioF();
    const qint64 kilobytes = 3 * qint64(pixels.width()) * pixels.height() * 4 / 1024;
    if (kilobytes > QPixmapCache::cacheLimit())
        QPixmapCache::setCacheLimit(int(qMin<qint64>(kilobytes, 256 * 1024)));
}

} // namespace Topologist
