// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/tools/canvastool.h"

#include "canvas/topologyscene.h"

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

} // namespace Topologist
