// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>

namespace Topologist {

class TopologyScene;

/// The edits the canvas makes from what it shows: saving where top-level cards are (after a
/// drag, a nudge or the automatic layout) and deleting the selected arrows. Each is one undo
/// step through the document's actions.
class CanvasEdits
{
    Q_DECLARE_TR_FUNCTIONS(CanvasEdits)

public:
    explicit CanvasEdits(TopologyScene &scene);

    /// Saves positions of top-level nodes as one undo step, together with the positions of the
    /// top-level nodes that have none saved yet (their automatic ones), so the file shows what
    /// the canvas showed.
    bool commitRootPositions(const QHash<QString, QPointF> &positions,
                             bool mergeable,
                             const QString &text = QString());
    /// Moves the selected top-level nodes by `delta` (arrow keys; successive nudges merge).
    bool nudgeSelection(const QPointF &delta);
    /// Disconnects the selected relationships as one undo step.
    bool deleteSelectedRelationships();

private:
    TopologyScene &m_scene;
};

} // namespace Topologist
