// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsPathItem>
#include <QString>

namespace Topologist {

/// "This step waits for that one": a curve from the bottom of one step to the top of the next,
/// with a head at the waiting end.
class WorkflowArrowItem : public QGraphicsPathItem
{
public:
    WorkflowArrowItem(const QString &from,
                      const QString &to,
                      const QPointF &start,
                      const QPointF &end,
                      const QColor &color);

    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }

private:
    QString m_from;
    QString m_to;
};

} // namespace Topologist
