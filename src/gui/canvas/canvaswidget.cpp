// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvaswidget.h"

namespace Topologist {

// Placeholder until the canvas lands; keeps the main window buildable.
CanvasWidget::CanvasWidget(const TypeCatalog &, QWidget *parent)
    : QWidget(parent)
{}
CanvasWidget::~CanvasWidget() = default;
void CanvasWidget::setDocument(TopologyDocument *, SelectionModel *) {}
bool CanvasWidget::exportImage(const QString &, QString *) const { return false; }
QPointF CanvasWidget::visibleCenter() const { return {}; }
double CanvasWidget::zoom() const { return 1.0; }
void CanvasWidget::zoomIn() {}
void CanvasWidget::zoomOut() {}
void CanvasWidget::zoomToFit() {}
void CanvasWidget::resetZoom() {}
void CanvasWidget::autoLayout() {}
void CanvasWidget::revealNode(const QString &) {}
void CanvasWidget::startRename(const QString &) {}

} // namespace Topologist
