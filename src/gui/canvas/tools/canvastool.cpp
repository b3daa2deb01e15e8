// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/canvastool.h"

#include "canvas/topologyscene.h"
#include "documentactions.h"

namespace Topologist {

CanvasTool::CanvasTool(TopologyScene &scene)
    : QObject(&scene)
    , m_scene(scene)
{}

DocumentActions *CanvasTool::actions() const
{
    return m_scene.documentActions();
}

void CanvasTool::refuse(const QString &reason, const QPointF &scenePos)
{
    emit statusMessage(reason);
    emit refused(reason, scenePos);
}

QString CanvasTool::whyNotConnect(const QString &source,
                                  const QString &requirement,
                                  int index,
                                  const QString &target) const
{
    QString why;
    if (!actions()->canConnect(source, requirement, target, &why, nullptr, index) && why.isEmpty())
        why = tr("%1 cannot satisfy %2").arg(target, requirement);
    return why;
}

} // namespace Topologist
