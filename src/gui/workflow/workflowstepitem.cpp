// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/workflowstepitem.h"

#include "statuscolors.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace Topologist {

WorkflowStepItem::WorkflowStepItem(const WorkflowStep &step, int rank, Trouble trouble)
    : m_name(step.name)
    , m_label(labelOf(step))
    , m_kind(step.activities.isEmpty() ? WorkflowActivity::Kind::Unknown
                                       : step.activities.first().kind)
    , m_rank(rank)
    , m_trouble(trouble)
{
    setToolTip(toolTipOf(step, trouble));
}

QString WorkflowStepItem::labelOf(const WorkflowStep &step)
{
    if (step.activities.isEmpty())
        return step.name;
    const WorkflowActivity &activity = step.activities.first();
    QString label = activity.value.section(QLatin1Char('.'), -1);
    if (activity.kind == WorkflowActivity::Kind::Delegate)
        label = QApplication::translate("WorkflowStepItem", "%1 by the location").arg(label);
    else if (!step.relationshipTarget.isEmpty())
        // The other end of the relationship: the one the operation is about.
        label += step.runsOn() == step.node ? QStringLiteral(" → ") + step.relationshipTarget
                                            : QStringLiteral(" ← ") + step.node;
    else if (!step.relationship.isEmpty())
        label += QStringLiteral(" (%1)").arg(step.relationship);
    if (step.activities.size() > 1)
        label += QStringLiteral(" +%1").arg(step.activities.size() - 1);
    return label;
}

QString WorkflowStepItem::toolTipOf(const WorkflowStep &step, Trouble trouble)
{
    QStringList lines{step.name, step.activityText()};
    if (!step.relationship.isEmpty())
        lines << QApplication::translate("WorkflowStepItem", "relationship %1 of %2, run on %3")
                     .arg(step.relationship, step.node, step.runsOn());
    if (trouble == Trouble::InLoop)
        lines << QApplication::translate("WorkflowStepItem", "never runs: it is in a loop");
    else if (trouble == Trouble::WaitsOnLoop)
        lines << QApplication::translate("WorkflowStepItem", "never runs: it waits on a loop");
    return lines.join(QLatin1Char('\n'));
}

QRectF WorkflowStepItem::boundingRect() const
{
    return QRectF(-1.5, -1.5, width + 3, height + 3);
}

void WorkflowStepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = QApplication::palette();
    QColor fill = palette.color(QPalette::Base);
    if (m_kind == WorkflowActivity::Kind::CallOperation)
        fill = palette.color(QPalette::AlternateBase);
    else if (m_kind == WorkflowActivity::Kind::Delegate)
        fill = palette.color(QPalette::Midlight);
    QPen pen(palette.color(QPalette::Mid), 1);
    if (m_trouble != Trouble::None)
        pen = QPen(m_trouble == Trouble::InLoop ? StatusColors::error() : StatusColors::warning(),
                   2.5);
    painter->setPen(pen);
    painter->setBrush(fill);
    const QRectF box(0, 0, width, height);
    // Operations are rounded, states square: the two kinds read apart at a glance.
    const qreal radius = m_kind == WorkflowActivity::Kind::SetState ? 1 : 7;
    painter->drawRoundedRect(box, radius, radius);
    QFont font = painter->font();
    font.setItalic(m_kind == WorkflowActivity::Kind::SetState);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF text = box.adjusted(6, 0, -6, 0);
    painter->drawText(text,
                      Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(m_label, Qt::ElideRight, text.width()));
}

} // namespace Topologist
