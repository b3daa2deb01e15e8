// SPDX-License-Identifier: GPL-3.0-or-later
// Timing harness for the canvas with a generated Mesos topology of about 1,000 node templates:
// open (parse + validate), scene build with automatic layout, first paint, frames while dragging
// a node, update after a property edit, start of a relationship drag, automatic layout.
//
// Frames are measured two ways: the full repaint of a viewport-sized image (an upper bound:
// every visible item drawn) and what the view really repaints after the move (the dirty region,
// flushed by the event loop). Runs on the offscreen platform unless QT_QPA_PLATFORM says else.
#include "canvas/canvaswidget.h"
#include "canvas/nodeitem.h"
#include "canvas/portitem.h"
#include "canvas/topologyscene.h"
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace Topologist;

namespace {

QTextStream out(stdout);

/// Mesos groups as the blueprints build them: a few masters (Compute hosting MesosMaster and
/// Marathon), many agents (Compute hosting MesosSlave and DockerEngine, the slave connected
/// to one master and depending on its Docker), one Mesos-DNS.
QByteArray generate(int nodes, int masters)
{
    QByteArray yaml = "tosca_definitions_version: alien_dsl_1_4_0\n"
                      "metadata:\n  template_name: generated\n  template_version: 1.0.0-SNAPSHOT\n"
                      "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
                      "  - docker-engine-type:1.4.0-SNAPSHOT\n  - mesos-types:1.4.0-SNAPSHOT\n"
                      "topology_template:\n  node_templates:\n";
    const auto compute = [&](const QByteArray &name, int count) {
        yaml += "    " + name
                + ":\n      type: tosca.nodes.Compute\n      capabilities:\n"
                  "        scalable:\n          properties:\n            min_instances: 1\n"
                  "            max_instances: "
                + QByteArray::number(count * 2)
                + "\n"
                  "            default_instances: "
                + QByteArray::number(count)
                + "\n"
                  "        os:\n          properties:\n            type: linux\n            "
                  "distribution: ubuntu\n"
                  "            version: 14.04\n            architecture: x86_64\n";
    };
    const auto hosted = [&](const QByteArray &name,
                            const QByteArray &type,
                            const QByteArray &host,
                            const QByteArray &capability,
                            const QByteArray &more = QByteArray()) {
        yaml += "    " + name + ":\n      type: " + type
                + "\n      requirements:\n        - host:\n            node: " + host
                + "\n            capability: " + capability
                + "\n            relationship: tosca.relationships.HostedOn\n" + more;
    };
    int count = 0;
    for (int m = 0; m < masters; ++m) {
        const QByteArray i = QByteArray::number(m);
        compute("MasterCompute_" + i, 1);
        hosted("MesosMaster_" + i,
               "org.alien4cloud.nodes.MesosMaster",
               "MasterCompute_" + i,
               "tosca.capabilities.Container");
        hosted("Marathon_" + i,
               "org.alien4cloud.nodes.Marathon",
               "MesosMaster_" + i,
               "org.alien4cloud.capabilities.MesosMasterHost");
        count += 3;
    }
    int s = 0;
    for (; count + 3 <= nodes - 1; ++s, count += 3) {
        const QByteArray i = QByteArray::number(s);
        compute("SlaveCompute_" + i, 1 + s % 4);
        hosted("DockerEngine_" + i,
               "org.alien4cloud.nodes.DockerEngine",
               "SlaveCompute_" + i,
               "tosca.capabilities.Container");
        hosted("MesosSlave_" + i,
               "org.alien4cloud.nodes.MesosSlave",
               "SlaveCompute_" + i,
               "tosca.capabilities.Container",
               "        - master:\n            node: MesosMaster_" + QByteArray::number(s % masters)
                   + "\n            capability: org.alien4cloud.capabilities.MesosMaster\n"
                     "            relationship: "
                     "org.alien4cloud.relationships.MesosSlaveConnectsToMaster\n"
                     "        - docker_cli:\n            node: DockerEngine_"
                   + i
                   + "\n            capability: org.alien4cloud.capabilities.DockerCLI\n"
                     "            relationship: "
                     "org.alien4cloud.relationships.MesosSlaveDependsOnDocker\n");
    }
    hosted("MesosDNS",
           "org.alien4cloud.nodes.MesosDNS",
           "MesosSlave_0",
           "org.alien4cloud.capabilities.MesosSlaveHost",
           "        - marathon:\n            node: Marathon_0\n            capability: "
           "org.alien4cloud.capabilities.MarathonMaster\n"
           "            relationship: org.alien4cloud.relationships.MesosDNSConnectsToMaster\n");
    return yaml;
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

void mouse(QWidget *viewport,
           QEvent::Type type,
           const QPoint &pos,
           Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent event(
        type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

struct Frames
{
    QList<double> handling; // mouse move event: items and arrows follow
    QList<double> repaint;  // what the view repaints for it (dirty region)
    QList<double> full;     // whole viewport painted into an image

    static QString stats(QList<double> values)
    {
        if (values.isEmpty())
            return QStringLiteral("-");
        std::sort(values.begin(), values.end());
        const double mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
        return QStringLiteral("mean %1 ms, median %2 ms, max %3 ms")
            .arg(mean, 0, 'f', 2)
            .arg(values[values.size() / 2], 0, 'f', 2)
            .arg(values.last(), 0, 'f', 2);
    }
};

Frames dragNode(CanvasWidget &canvas, const QString &name, int steps)
{
    QGraphicsView *view = canvas.view();
    QWidget *viewport = view->viewport();
    NodeItem *item = canvas.scene()->nodeItem(name);
    const QPointF grab = item->mapToScene(QPointF(item->size().width() / 2, 20));
    view->centerOn(grab);
    QCoreApplication::processEvents();
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    Frames frames;
    QPoint at = view->mapFromScene(grab);
    mouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        at += QPoint(i % 20 < 10 ? 6 : -6, i % 40 < 20 ? 3 : -3);
        timer.start();
        mouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        frames.handling << ms(timer.nsecsElapsed());
        timer.start();
        QCoreApplication::processEvents(); // the view repaints its dirty region
        frames.repaint << ms(timer.nsecsElapsed());
        timer.start();
        QPainter painter(&image);
        viewport->render(&painter);
        painter.end();
        frames.full << ms(timer.nsecsElapsed());
    }
    mouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QCoreApplication::processEvents();
    return frames;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    const QByteArray yaml = generate(nodes, 3);

    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    auto document
        = TopologyDocument::fromBytes(yaml, QStringLiteral("generated.yml"), catalog, &diagnostics);
    const double parse = ms(timer.nsecsElapsed());
    if (!document) {
        out << "cannot parse the generated topology\n";
        return 1;
    }
    document->problems();
    const double validate = ms(timer.nsecsElapsed()) - parse;

    {
        // The document alone, for comparison with the edit below (canvas attached).
        DocumentActions actions(document.get());
        QList<double> edits;
        for (int i = 0; i < 6; ++i) {
            timer.start();
            actions.setCapabilityProperty(QStringLiteral("SlaveCompute_7"),
                                          QStringLiteral("scalable"),
                                          QStringLiteral("default_instances"),
                                          Value::scalar(QString::number(2 + i % 3)));
            edits << ms(timer.nsecsElapsed());
        }
        out << "Property edit without a canvas (document: command + validation): " << [&] {
            std::sort(edits.begin(), edits.end());
            return QStringLiteral("median %1 ms, max %2 ms")
                .arg(edits[edits.size() / 2], 0, 'f', 2)
                .arg(edits.last(), 0, 'f', 2);
        }() << "\n";
        for (int i = 0; i < 6; ++i)
            document->undoStack()->undo();
    }

    SelectionModel selection;
    CanvasWidget canvas(catalog);
    canvas.resize(1600, 1000);
    canvas.show();
    QCoreApplication::processEvents();
    timer.start();
    canvas.setDocument(document.get(), &selection);
    const double build = ms(timer.nsecsElapsed());
    timer.start();
    canvas.zoomToFit();
    QImage image(canvas.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        canvas.view()->viewport()->render(&painter);
    }
    const double firstPaint = ms(timer.nsecsElapsed());

    out << "Topology: " << document->topology().nodeCount() << " node templates, "
        << canvas.scene()->rootItems().size() << " top-level, " << canvas.scene()->items().size()
        << " graphics items, " << document->problems().size() << " problems\n";
    out << QStringLiteral(
               "Open: parse %1 ms + validate %2 ms; scene build incl. automatic layout %3 ms; "
               "first paint (fit, %4x%5) %6 ms; total %7 ms\n")
               .arg(parse, 0, 'f', 1)
               .arg(validate, 0, 'f', 1)
               .arg(build, 0, 'f', 1)
               .arg(image.width())
               .arg(image.height())
               .arg(firstPaint, 0, 'f', 1)
               .arg(parse + validate + build + firstPaint, 0, 'f', 1);
    out << "Fit zoom: " << QString::number(canvas.zoom() * 100, 'f', 1) << " %\n";
    out.flush();

    // Drag a slave machine (with arrows to a master far away) at 100 % and at fit zoom.
    canvas.resetZoom();
    Frames frames = dragNode(canvas, QStringLiteral("SlaveCompute_40"), 120);
    out << "Drag at 100 %, 120 steps:\n  event handling: " << Frames::stats(frames.handling)
        << "\n  view repaint (dirty region): " << Frames::stats(frames.repaint)
        << "\n  full viewport paint: " << Frames::stats(frames.full) << "\n";
    canvas.zoomToFit();
    frames = dragNode(canvas, QStringLiteral("SlaveCompute_40"), 60);
    out << "Drag at fit zoom (" << QString::number(canvas.zoom() * 100, 'f', 1)
        << " %, whole topology visible), 60 steps:\n  event handling: "
        << Frames::stats(frames.handling)
        << "\n  view repaint (dirty region): " << Frames::stats(frames.repaint)
        << "\n  full viewport paint: " << Frames::stats(frames.full) << "\n";
    out.flush();

    // A property edit: validation plus the scene update, then the repaint.
    DocumentActions actions(document.get());
    canvas.resetZoom();
    canvas.revealNode(QStringLiteral("SlaveCompute_7"));
    QCoreApplication::processEvents();
    QList<double> edits;
    QList<double> editPaints;
    for (int i = 0; i < 10; ++i) {
        timer.start();
        actions.setCapabilityProperty(QStringLiteral("SlaveCompute_7"),
                                      QStringLiteral("scalable"),
                                      QStringLiteral("default_instances"),
                                      Value::scalar(QString::number(2 + i % 3)));
        edits << ms(timer.nsecsElapsed());
        timer.start();
        QCoreApplication::processEvents();
        editPaints << ms(timer.nsecsElapsed());
    }
    out << "Property edit (scalable.default_instances), 10 edits:\n  edit + validation + scene "
           "update: "
        << Frames::stats(edits) << "\n  repaint: " << Frames::stats(editPaints) << "\n";

    // Starting a relationship drag judges every visible node once.
    for (const bool fit : {false, true}) {
        if (fit)
            canvas.zoomToFit();
        else
            canvas.resetZoom();
        NodeItem *slave = canvas.scene()->nodeItem(QStringLiteral("MesosSlave_12"));
        PortItem *port = slave->requirementPort(QStringLiteral("dns_server"));
        canvas.view()->centerOn(port->scenePos());
        QCoreApplication::processEvents();
        QWidget *viewport = canvas.view()->viewport();
        const QPoint at = canvas.view()->mapFromScene(port->scenePos());
        timer.start();
        mouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        const double press = ms(timer.nsecsElapsed());
        mouse(viewport, QEvent::MouseMove, at + QPoint(30, 5), Qt::NoButton, Qt::LeftButton);
        timer.start();
        QCoreApplication::processEvents();
        const double paint = ms(timer.nsecsElapsed());
        canvas.scene()->cancelInteraction();
        mouse(
            viewport, QEvent::MouseButtonRelease, at + QPoint(30, 5), Qt::LeftButton, Qt::NoButton);
        out << "Relationship drag start at " << (fit ? "fit zoom" : "100 %")
            << ": judging the visible nodes " << QString::number(press, 'f', 1)
            << " ms, repaint with highlights " << QString::number(paint, 'f', 1) << " ms\n";
    }

    timer.start();
    canvas.autoLayout();
    const double layout = ms(timer.nsecsElapsed());
    timer.start();
    document->undoStack()->undo();
    const double undoLayout = ms(timer.nsecsElapsed());
    out << "Auto layout (first one saves every top-level position): "
        << QString::number(layout, 'f', 1) << " ms; its undo "
        << QString::number(undoLayout, 'f', 1) << " ms\n";
    out.flush();
    return 0;
}
