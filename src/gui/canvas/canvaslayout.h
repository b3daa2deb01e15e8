// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Topologist {

/// The automatic layout of the canvas' top-level nodes (each machine with its hosted stack is
/// one box). Relationships between boxes decide the order: a box goes to the left of the boxes
/// its relationships target, so arrows run left to right (agents before masters); boxes of one
/// column are ordered by the barycentre of their neighbours to reduce crossings; long columns
/// wrap into several, and unconnected groups are packed in rows, biggest first, towards a
/// 16:10 overall shape. Pure and deterministic: the same input gives the same positions.
class CanvasLayout
{
public:
    struct Box
    {
        QString name;
        QSizeF size;
    };

    /// `boxes` in document order; `edges` from the box holding a relationship's source to the
    /// box holding its target (duplicates and self-edges are fine). Returns top-left corners.
    static QHash<QString, QPointF> arrange(const QList<Box> &boxes,
                                           const QList<QPair<QString, QString>> &edges,
                                           const QPointF &origin = QPointF(0, 0));
};

} // namespace Topologist
