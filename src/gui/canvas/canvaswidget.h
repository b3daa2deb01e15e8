// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QWidget>

namespace Topologist {

class SelectionModel;
class TopologyDocument;
class TypeCatalog;

/// The canvas: the topology drawn as nested nodes and relationship arrows, with zoom controls
/// and a minimap. It observes the document and pushes commands for what the user does.
class CanvasWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasWidget(const TypeCatalog &catalog, QWidget *parent = nullptr);
    ~CanvasWidget() override;

    /// Shows `document` (null shows nothing). The widget does not own it.
    void setDocument(TopologyDocument *document, SelectionModel *selection);
    /// Writes the diagram as PNG or SVG, by the file's suffix.
    bool exportImage(const QString &path, QString *error) const;
    /// Scene position at the centre of what is visible, where pasted nodes go.
    QPointF visibleCenter() const;
    double zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void autoLayout();
    void revealNode(const QString &name);
    void startRename(const QString &name);

signals:
    void statusMessage(const QString &message);
    void zoomChanged(double zoom);
};

} // namespace Topologist
