// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointF>

class QGraphicsItem;
class QGraphicsSceneMouseEvent;

namespace Topologist {
class NodeItem;
}

namespace Topologist {

class DocumentActions;
class TopologyScene;

/// One way of working on the canvas with the mouse (moving nodes, connecting them), in the
/// manner of Tiled's tools: the scene decides from a press which tool starts, then hands it the
/// drag until it ends or is cancelled. A tool draws its own feedback and makes its change
/// through the document's actions; the scene keeps only the items in step with the document.
class CanvasTool : public QObject
{
    Q_OBJECT

public:
    explicit CanvasTool(TopologyScene &scene);

    /// A drag of this tool is under way: it gets the mouse events.
    virtual bool isActive() const = 0;
    /// Follows the drag; false leaves the event to the scene's own handling.
    virtual bool mouseMoved(QGraphicsSceneMouseEvent *event) = 0;
    /// Ends the drag; false lets the scene handle the event as well (selection on a click).
    virtual bool mouseReleased(QGraphicsSceneMouseEvent *event) = 0;
    /// Abandons the drag and puts back what it showed; true when something was shown.
    virtual bool cancel() = 0;
    /// Items the tool shows while its drag lasts (drawn by the overview too).
    virtual QList<QGraphicsItem *> items() const { return {}; }
    /// Cards showing a drop state other than dimmed (candidates, the one under the cursor).
    virtual QList<NodeItem *> highlightedNodes() const { return {}; }
    /// Top-level cards the drag is moving.
    virtual QList<NodeItem *> movingNodes() const { return {}; }
    /// Whether every card that is not highlighted is shown dimmed.
    virtual bool dimsOthers() const { return false; }

signals:
    void statusMessage(const QString &message);
    /// A user action was refused; the view shows `reason` next to the cursor.
    void refused(const QString &reason, const QPointF &scenePos);

protected:
    TopologyScene &scene() const { return m_scene; }
    /// The document's actions, or null without a document.
    DocumentActions *actions() const;
    void refuse(const QString &reason, const QPointF &scenePos);
    /// Why `source`'s requirement (the one at `index`, or a new one when -1) cannot target
    /// `target`; empty when it can.
    QString whyNotConnect(const QString &source,
                          const QString &requirement,
                          int index,
                          const QString &target) const;

private:
    TopologyScene &m_scene;
};

} // namespace Topologist
