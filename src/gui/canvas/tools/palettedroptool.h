// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/tools/canvastool.h"
#include "canvas/tools/dropverdicts.h"

namespace Topologist {

class NodeItem;

/// Adds a node of a type dragged from the palette: on the empty canvas, or hosted on the node
/// it is dropped on. While the drag is over the canvas, the node under the cursor shows whether
/// it can host the type. The drag arrives as drag-and-drop events through the view, not as
/// mouse events.
class PaletteDropTool : public CanvasTool
{
    Q_OBJECT

public:
    enum class Target { Canvas, Host, Refused };

    explicit PaletteDropTool(TopologyScene &scene);

    /// Highlights the node under the cursor and says whether a drop would work.
    Target dragMove(const QString &nodeType, const QPointF &scenePos, QString *reason);
    void dragLeave();
    /// Adds the node; its name, or empty with the reason when refused.
    QString drop(const QString &nodeType, const QPointF &scenePos, QString *reason);

    bool isActive() const override { return !m_type.isEmpty(); }
    bool mouseMoved(QGraphicsSceneMouseEvent *) override { return false; }
    bool mouseReleased(QGraphicsSceneMouseEvent *) override { return false; }
    bool cancel() override { return m_verdicts.reset(); }

private:
    /// Empty when `host` can host a node of `nodeType`, else why not.
    QString hostVerdict(const QString &nodeType, const QString &host) const;
    QString addHosted(const QString &nodeType,
                      const QPointF &scenePos,
                      NodeItem *host,
                      QString *error) const;
    /// Adds a top-level node; the first one placed by hand also saves where the others are.
    QString addOnCanvas(const QString &nodeType, const QPointF &scenePos, QString *error) const;

    DropVerdicts m_verdicts;
    QString m_type;
};

} // namespace Topologist
