// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomedit.h"

#include "documentactions.h"
#include "topologydocument.h"

#include <QRandomGenerator>
#include <QUndoStack>

namespace Topologist::Test {

namespace {

/// Moves `node` onto `host` through its host requirement, where it has one.
void rehost(TopologyDocument *document, const QString &node, const QString &host)
{
    const NodeTemplate *moved = document->topology().node(node);
    for (int i = 0; moved && i < moved->requirements.size(); ++i) {
        if (moved->requirements[i].name == QLatin1String("host")) {
            document->actions().retarget(node, i, host);
            return;
        }
    }
}

} // namespace

void RandomEdit::apply(TopologyDocument *document, QRandomGenerator &random, int step)
{
    DocumentActions &actions = document->actions();
    const NodeList &nodes = document->topology().nodes();
    const QString node = nodes.at(int(random.bounded(nodes.size()))).name;
    const QString other = nodes.at(int(random.bounded(nodes.size()))).name;
    switch (random.bounded(8)) {
    case 0:
        actions.addNode(QStringLiteral("org.alien4cloud.nodes.MesosDNS"), QPointF(), node);
        break;
    case 1:
        actions.removeNodes({node});
        break;
    case 2:
        actions.renameNode(node, QStringLiteral("N%1").arg(step));
        break;
    case 3:
        actions.placeNodes({{node, QPointF(random.bounded(3000) - 1000, random.bounded(2000))}});
        break;
    case 4:
        actions.setCapabilityProperty(node,
                                      QStringLiteral("scalable"),
                                      QStringLiteral("default_instances"),
                                      Value::scalar(QString::number(1 + step % 3)));
        break;
    case 5:
        rehost(document, node, other);
        break;
    default:
        document->undoStack()->undo();
        break;
    }
}

} // namespace Topologist::Test
