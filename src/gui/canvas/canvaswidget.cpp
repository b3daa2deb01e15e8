// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaswidget.h"

#include "canvas/canvasstyle.h"
#include "canvas/canvasview.h"
#include "canvas/freespot.h"
#include "canvas/groupoutlines.h"
#include "canvas/labelobstacles.h"
#include "canvas/minimapplacement.h"
#include "canvas/minimapwidget.h"
#include "canvas/nodeitem.h"
#include "canvas/openingview.h"
#include "canvas/renameeditor.h"
#include "canvas/rootplacement.h"
#include "canvas/topologyscene.h"
#include "documentactions.h"
#include "icons.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSlider>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Topologist {

namespace {

constexpr double zoomStep = 1.25;

int sliderValue(double zoom)
{
    return int(std::lround(std::log2(zoom) * 100));
}

double sliderZoom(int value)
{
    return std::exp2(value / 100.0);
}

QToolButton *
barButton(const QIcon &icon, const QString &fallback, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setIcon(icon);
    if (icon.isNull())
        button->setText(fallback);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

CanvasWidget::CanvasWidget(const TypeCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_scene(new TopologyScene(catalog, this))
    , m_groupOutlines(new GroupOutlines(m_scene))
    , m_view(new CanvasView(m_scene, this))
{
    QWidget *bar = createZoomBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(bar);

    createOverlays();
    connectView();
    connectScene();
}

QWidget *CanvasWidget::createZoomBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("canvasZoomBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 2, 8, 2);
    barLayout->setSpacing(2);
    QToolButton *layoutButton = barButton(
        Icons::autoLayout(), tr("Layout"), tr("Arrange the whole topology automatically"), bar);
    QToolButton *fit
        = barButton(Icons::zoomFit(), tr("Fit"), tr("Fit the diagram in the view"), bar);
    QToolButton *actual
        = barButton(Icons::zoomOriginal(), tr("1:1"), tr("Actual size (100 %)"), bar);
    QToolButton *out = barButton(Icons::zoomOut(), QStringLiteral("\u2212"), tr("Zoom out"), bar);
    QToolButton *in = barButton(Icons::zoomIn(), QStringLiteral("+"), tr("Zoom in"), bar);
    m_slider = new QSlider(Qt::Horizontal, bar);
    m_slider->setRange(sliderValue(CanvasView::minimumZoom), sliderValue(CanvasView::maximumZoom));
    m_slider->setValue(0);
    m_slider->setFixedWidth(140);
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setToolTip(tr("Zoom"));
    m_percent = new QToolButton(bar);
    m_percent->setAutoRaise(true);
    m_percent->setFocusPolicy(Qt::NoFocus);
    m_percent->setToolTip(tr("Zoom level; click for 100 %"));
    m_percent->setMinimumWidth(52);
    m_percent->setText(QStringLiteral("100 %"));
    m_minimapButton = new QToolButton(bar);
    m_minimapButton->setAutoRaise(true);
    m_minimapButton->setCheckable(true);
    m_minimapButton->setChecked(true);
    m_minimapButton->setFocusPolicy(Qt::NoFocus);
    m_minimapButton->setText(tr("Overview"));
    m_minimapButton->setToolTip(tr("Show the overview map"));
    barLayout->addWidget(layoutButton);
    barLayout->addStretch(1);
    barLayout->addWidget(m_minimapButton);
    barLayout->addSpacing(8);
    barLayout->addWidget(fit);
    barLayout->addWidget(actual);
    barLayout->addSpacing(8);
    barLayout->addWidget(out);
    barLayout->addWidget(m_slider);
    barLayout->addWidget(in);
    barLayout->addWidget(m_percent);

    connect(layoutButton, &QToolButton::clicked, this, &CanvasWidget::autoLayout);
    connect(fit, &QToolButton::clicked, this, &CanvasWidget::zoomToFit);
    connect(actual, &QToolButton::clicked, this, &CanvasWidget::resetZoom);
    connect(m_percent, &QToolButton::clicked, this, &CanvasWidget::resetZoom);
    connect(out, &QToolButton::clicked, this, &CanvasWidget::zoomOut);
    connect(in, &QToolButton::clicked, this, &CanvasWidget::zoomIn);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_view->setZoom(sliderZoom(value));
    });
    connect(m_minimapButton, &QToolButton::toggled, this, &CanvasWidget::setMinimapVisible);
    return bar;
}

void CanvasWidget::createOverlays()
{
    m_placeTimer = new QTimer(this);
    m_placeTimer->setSingleShot(true);
    m_placeTimer->setInterval(150);
    connect(m_placeTimer, &QTimer::timeout, this, &CanvasWidget::placeOverlays);
    m_minimap = new MinimapWidget(m_view, m_scene, m_view);
    m_minimap->setObjectName(QStringLiteral("minimap"));
    m_minimap->hide();
    connect(
        m_minimap, &MinimapWidget::collapseRequested, this, [this] { setMinimapVisible(false); });
    m_bubble = new QLabel(m_view->viewport());
    m_bubble->setObjectName(QStringLiteral("canvasBubble"));
    styleBubble();
    m_bubble->setTextFormat(Qt::PlainText);
    m_bubble->setWordWrap(true);
    m_bubble->setMaximumWidth(360);
    m_bubble->hide();
    m_bubbleTimer = new QTimer(this);
    m_bubbleTimer->setSingleShot(true);
    m_bubbleTimer->setInterval(3500);
    connect(m_bubbleTimer, &QTimer::timeout, m_bubble, &QWidget::hide);
}

void CanvasWidget::styleBubble()
{
    // The canvas' text colour behind its card colour: dark on the light canvas, light on the
    // dark one.
    const QColor fill = CanvasStyle::text();
    m_bubble->setStyleSheet(
        QStringLiteral("QLabel#canvasBubble { background: rgba(%1, %2, %3, 236); color: %4; "
                       "border-radius: 6px; padding: 6px 9px; }")
            .arg(fill.red())
            .arg(fill.green())
            .arg(fill.blue())
            .arg(CanvasStyle::cardFill().name()));
}

void CanvasWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleBubble();
    QWidget::changeEvent(event);
}

void CanvasWidget::connectView()
{
    m_view->installEventFilter(this);
    connect(m_view, &CanvasView::zoomChanged, this, &CanvasWidget::onZoomChanged);
    connect(m_view, &CanvasView::viewChanged, this, &CanvasWidget::updateMinimapVisibility);
    // Which corner hides least is asked once the view rests: a scroll or a drag repaints every
    // frame, and on a large diagram the question costs more than the frame should.
    connect(m_view, &CanvasView::viewChanged, m_placeTimer, qOverload<>(&QTimer::start));
    connect(m_view, &CanvasView::viewChanged, m_minimap, qOverload<>(&QWidget::update));
    connect(m_view, &CanvasView::viewChanged, this, [this] {
        if (m_renameEditor && !m_committing)
            closeRename();
    });
    connect(m_view, &CanvasView::zoomInRequested, this, &CanvasWidget::zoomIn);
    connect(m_view, &CanvasView::zoomOutRequested, this, &CanvasWidget::zoomOut);
    connect(m_view, &CanvasView::statusMessage, this, &CanvasWidget::statusMessage);
    connect(m_view, &CanvasView::dropRefused, this, &CanvasWidget::showBubble);
    connect(m_view, &CanvasView::renameRequested, this, [this] {
        if (m_selection && !m_selection->currentNode().isEmpty())
            startRename(m_selection->currentNode());
    });
}

void CanvasWidget::connectScene()
{
    connect(m_scene, &TopologyScene::statusMessage, this, &CanvasWidget::statusMessage);
    connect(m_scene, &TopologyScene::renameRequested, this, &CanvasWidget::startRename);
    connect(m_scene,
            &TopologyScene::refused,
            this,
            [this](const QString &reason, const QPointF &scenePos) {
                showBubble(reason, m_view->mapFromScene(scenePos));
            });
    connect(m_scene, &TopologyScene::contentChanged, m_minimap, &MinimapWidget::invalidate);
    connect(m_scene, &TopologyScene::contentChanged, this, &CanvasWidget::updateMinimapVisibility);
    connect(m_scene, &TopologyScene::contentChanged, m_placeTimer, qOverload<>(&QTimer::start));
    connect(m_scene, &TopologyScene::built, this, [this] {
        if (std::exchange(m_openWhenBuilt, false))
            openWhenBuilt();
    });
}

CanvasWidget::~CanvasWidget()
{
    closeRename();
    m_scene->setDocument(nullptr, nullptr);
    // The scene goes first (it is the older child) and detaches from the view, which scrolls
    // back and emits viewChanged: it must not reach this half-destroyed widget.
    disconnect(m_view, nullptr, this, nullptr);
}

QGraphicsView *CanvasWidget::view() const
{
    return m_view;
}

RenameEditor *CanvasWidget::renameEditor() const
{
    return m_renameEditor;
}

void CanvasWidget::setComparison(Comparison *comparison)
{
    m_scene->setComparison(comparison);
}

void CanvasWidget::setDocument(TopologyDocument *document, SelectionModel *selection)
{
    closeRename();
    m_document = document;
    m_selection = selection;
    m_scene->setDocument(document, selection);
    m_groupOutlines->setDocument(document);
    openWhenBuilt();
}

void CanvasWidget::openWhenBuilt()
{
    if (m_scene->isBuilding())
        m_openWhenBuilt = true; // on built()
    else if (isVisible())
        showOpeningView();
    else
        m_openPending = true;
}

void CanvasWidget::showOpeningView()
{
    m_scene->flush();
    const OpeningView opening
        = OpeningView::of(m_scene->diagramRect(), m_view->viewport()->rect().size());
    m_view->setZoom(opening.zoom);
    m_view->centerOn(opening.center);
}

void CanvasWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeOverlays();
    if (m_openPending) {
        m_openPending = false;
        // Once the layout has given the view its size.
        QTimer::singleShot(0, this, &CanvasWidget::showOpeningView);
    }
}

bool CanvasWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeOverlays();
    return QWidget::eventFilter(watched, event);
}

double CanvasWidget::hiddenBy(const QRectF &sceneRect) const
{
    // The headers of cards, hosted ones too (their names, types and icons), count four times
    // a machine's body: the map may sit on a body rather than on the names. The cards come
    // from the label obstacles' grid: the scene's index would also gather every long arrow
    // crossing the corner, thousands on a large cluster.
    const auto area = [](const QRectF &r) {
        return r.isValid() ? r.width() * r.height() : 0.0;
    };
    const auto headerOf = [](const NodeItem *card) {
        const QRectF rect = card->mapRectToScene(card->rect());
        return QRectF(rect.topLeft(), QSizeF(rect.width(), CanvasStyle::headerHeight));
    };
    double hidden = 0;
    for (const QGraphicsItem *item : m_scene->labelObstacles().cardsIn(sceneRect)) {
        const auto *root = static_cast<const NodeItem *>(item);
        hidden += area(root->mapRectToScene(root->rect()) & sceneRect);
        QList<const NodeItem *> cards{root};
        while (!cards.isEmpty()) {
            const NodeItem *card = cards.takeLast();
            hidden += 3 * area(headerOf(card) & sceneRect);
            for (const QGraphicsItem *child : card->childItems()) {
                if (child->type() == NodeItem::Type
                    && child->sceneBoundingRect().intersects(sceneRect))
                    cards.append(static_cast<const NodeItem *>(child));
            }
        }
    }
    return hidden;
}

void CanvasWidget::placeOverlays()
{
    const QRect viewport = m_view->viewport()->geometry();
    const QSize size = MinimapPlacement::sizeFor(viewport.size());
    if (m_minimap->size() != size)
        m_minimap->resize(size);
    if (m_minimap->isVisible()) {
        m_minimapCorner = MinimapPlacement::choose(
            m_minimapCorner, viewport.size(), size, [&](const QRect &rect) {
                return hiddenBy(m_view->mapToScene(rect).boundingRect());
            });
    }
    m_minimap->move(viewport.topLeft()
                    + MinimapPlacement::rectIn(m_minimapCorner, viewport.size(), size).topLeft());
    m_minimap->raise();
}

bool CanvasWidget::isMinimapVisible() const
{
    return m_minimapButton->isChecked();
}

void CanvasWidget::setMinimapVisible(bool visible)
{
    m_minimapButton->setChecked(visible);
    updateMinimapVisibility();
}

void CanvasWidget::updateMinimapVisibility()
{
    // Only useful when part of the diagram is out of view.
    bool needed
        = m_minimapButton->isChecked() && !m_scene->isBuilding() && !m_scene->nodeItems().isEmpty();
    if (needed) {
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        needed = !visible.contains(m_scene->diagramRect());
    }
    if (needed != m_minimap->isVisible()) {
        m_minimap->setVisible(needed);
        placeOverlays();
    }
}

double CanvasWidget::zoom() const
{
    return m_view->zoom();
}

void CanvasWidget::setZoom(double zoom)
{
    m_view->setZoom(zoom);
}

void CanvasWidget::onZoomChanged(double zoom)
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(sliderValue(zoom));
    m_percent->setText(QStringLiteral("%1 %").arg(std::lround(zoom * 100)));
    emit zoomChanged(zoom);
}

void CanvasWidget::zoomIn()
{
    m_view->setZoom(zoom() * zoomStep);
}

void CanvasWidget::zoomOut()
{
    m_view->setZoom(zoom() / zoomStep);
}

void CanvasWidget::resetZoom()
{
    m_view->setZoom(1.0);
}

void CanvasWidget::zoomToFit()
{
    m_scene->flush();
    const QRectF diagram = m_scene->diagramRect();
    if (diagram.isEmpty()) {
        m_view->setZoom(1.0);
        return;
    }
    constexpr qreal margin = OpeningView::margin;
    const QRectF target = diagram.adjusted(-margin, -margin, margin, margin);
    const QRectF viewport = m_view->viewport()->rect();
    // Small diagrams stay at 100 %: fitting is for getting the overview, not magnifying.
    const double zoom
        = qMin(1.0, qMin(viewport.width() / target.width(), viewport.height() / target.height()));
    m_view->setZoom(zoom);
    m_view->centerOn(target.center());
}

QPointF CanvasWidget::visibleCenter() const
{
    return m_view->mapToScene(m_view->viewport()->rect().center());
}

QPointF CanvasWidget::freeSpotInView(const QSizeF &size) const
{
    m_scene->flush();
    const QPointF centred = visibleCenter() - QPointF(size.width() / 2, size.height() / 2);
    return RootPlacement::rounded(FreeSpot::near(m_scene->labelObstacles(), size, centred));
}

void CanvasWidget::autoLayout()
{
    if (!m_document)
        return;
    m_scene->flush();
    if (m_scene->edits().commitRootPositions(m_scene->automaticLayout(), false, tr("Auto Layout")))
        emit statusMessage(
            tr("Laid out %n top-level node(s)", nullptr, int(m_scene->rootItems().size())));
    zoomToFit();
}

void CanvasWidget::revealNode(const QString &name)
{
    revealNodes({name});
}

void CanvasWidget::revealNodes(const QStringList &names)
{
    m_scene->flush();
    QRectF together;
    for (const QString &name : names) {
        if (const NodeItem *item = m_scene->nodeItem(name))
            together |= item->sceneBoundingRect();
    }
    if (together.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (visible.contains(together))
        return;
    if (together.width() * zoom() <= m_view->viewport()->width()
        && together.height() * zoom() <= m_view->viewport()->height()) {
        m_view->ensureVisible(together, 60, 60);
    } else if (names.size() > 1) {
        revealNodes({names.first()}); // too many to show at once: the first of them
    } else {
        // Larger than the view: its top-left part, where its name is.
        m_view->centerOn(
            together.topLeft()
            + QPointF(qMin(together.width() / 2, 200.0), qMin(together.height() / 2, 120.0)));
    }
}

void CanvasWidget::showFixes(const QString &name)
{
    revealNode(name);
    NodeItem *item = m_scene->nodeItem(name);
    if (!item)
        return;
    QMenu *menu = m_scene->problemMenu(name, -1, m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QPoint corner = m_view->mapFromScene(item->sceneBoundingRect().topRight());
    menu->popup(m_view->viewport()->mapToGlobal(corner));
}

void CanvasWidget::startRename(const QString &name)
{
    closeRename();
    if (!m_document)
        return;
    m_scene->flush();
    NodeItem *item = m_scene->nodeItem(name);
    if (!item)
        return;
    revealNode(name);
    if (m_selection)
        m_selection->setSelectedNodes({name});
    const QRect area = m_view->mapFromScene(item->mapRectToScene(item->nameRect())).boundingRect();
    auto *editor = new RenameEditor(name, m_view->viewport());
    QFont font = CanvasStyle::nameFont();
    font.setPixelSize(qMax(11, int(std::lround(font.pixelSize() * zoom()))));
    editor->setFont(font);
    const int height = qMax(area.height() + 6, editor->sizeHint().height());
    editor->setGeometry(
        area.left() - 3, area.center().y() - height / 2, qMax(area.width() + 6, 140), height);
    connect(editor, &RenameEditor::commitRequested, this, &CanvasWidget::commitRename);
    connect(editor, &RenameEditor::cancelRequested, this, [this] {
        closeRename();
        emit statusMessage(tr("Rename cancelled"));
    });
    m_renameEditor = editor;
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
    editor->selectAll();
}

void CanvasWidget::commitRename(const QString &text, bool leaving)
{
    if (!m_renameEditor || m_committing)
        return;
    const QString from = m_renameEditor->node();
    const QString to = text.trimmed();
    if (to == from || !m_document) {
        closeRename();
        return;
    }
    m_committing = true;
    QString error;
    DocumentActions &actions = m_document->actions();
    const bool renamed = actions.renameNode(from, to, &error);
    m_committing = false;
    if (renamed) {
        closeRename();
        if (m_selection)
            m_selection->setSelectedNodes({to});
        emit statusMessage(tr("Renamed %1 to %2").arg(from, to));
        return;
    }
    emit statusMessage(error);
    showBubble(error, m_renameEditor->geometry().bottomLeft() + QPoint(0, 4));
    if (leaving) {
        closeRename();
        return;
    }
    m_renameEditor->selectAll();
}

void CanvasWidget::closeRename()
{
    if (!m_renameEditor)
        return;
    RenameEditor *editor = m_renameEditor;
    m_renameEditor = nullptr;
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater();
    m_view->setFocus(Qt::OtherFocusReason);
}

void CanvasWidget::showBubble(const QString &text, const QPoint &viewportPos)
{
    if (text.isEmpty())
        return;
    m_bubble->setText(text);
    m_bubble->adjustSize();
    const QRect area = m_view->viewport()->rect();
    QPoint at = viewportPos + QPoint(14, 18);
    at.setX(qBound(4, at.x(), qMax(4, area.width() - m_bubble->width() - 4)));
    at.setY(qBound(4, at.y(), qMax(4, area.height() - m_bubble->height() - 4)));
    m_bubble->move(at);
    m_bubble->show();
    m_bubble->raise();
    m_bubbleTimer->start();
}

bool CanvasWidget::exportImage(const QString &path, QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(tr("Cannot export to '%1': use a .png or .svg file name")
                        .arg(QFileInfo(path).fileName()));
    m_scene->flush();
    if (m_scene->nodeItems().isEmpty())
        return fail(tr("The diagram is empty: there is nothing to export"));
    const QRectF source = m_scene->diagramRect().adjusted(-24, -24, 24, 24);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));

    // Drawn for paper: white background, no selection, hover or grid, cards rendered as
    // vectors rather than cached pixmaps.
    m_scene->setExporting(true);
    bool written = false;
    if (suffix == QLatin1String("png")) {
        // Twice the screen resolution when that stays a reasonable image.
        const double scale = qBound(0.25, 12000.0 / qMax(source.width(), source.height()), 2.0);
        QImage image(
            QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
            QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(3780 * scale));
        image.setDotsPerMeterY(int(3780 * scale));
        image.fill(CanvasStyle::cardFill()); // white: the scene exports in paper colours
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(image.rect()), source);
        painter.end();
        written = image.save(&file, "PNG");
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(m_document ? m_document->displayName() : tr("Topology"));
        generator.setDescription(tr("TOSCA topology diagram exported by Topologist"));
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        written = painter.end();
    }
    m_scene->setExporting(false);
    if (!written || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace Topologist
