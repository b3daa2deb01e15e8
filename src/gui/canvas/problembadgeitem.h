// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasstyle.h"
#include "support/severity.h"

#include <QGraphicsItem>
#include <QString>

namespace Topologist {

/// The marker on a node or relationship that carries problems: its colour is the worst
/// severity, its tooltip the messages; clicking it opens the problems' quick fixes (the scene
/// builds that menu from the document, so the badge keeps only what it draws).
class ProblemBadgeItem : public QGraphicsItem
{
public:
    enum { Type = ProblemBadgeItemType };

    ProblemBadgeItem(Severity severity,
                     int count,
                     const QString &node,
                     int requirementIndex,
                     QGraphicsItem *parent = nullptr);

    /// Deletes a badge that leaves its card. An item deleted while still in a scene makes
    /// the scene's index sweep every one of its leaves on the next update; one taken out
    /// first is removed from the leaves it covers only.
    static void discard(ProblemBadgeItem *badge);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    Severity severity() const { return m_severity; }
    const QString &node() const { return m_node; }
    /// The relationship (requirement index) the badge belongs to, or -1 for the node itself.
    int requirementIndex() const { return m_requirementIndex; }

private:
    Severity m_severity;
    int m_count;
    QString m_node;
    int m_requirementIndex;
};

} // namespace Topologist
