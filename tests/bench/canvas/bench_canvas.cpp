// SPDX-License-Identifier: GPL-3.0-or-later
// Timing harness for the canvas with a generated Mesos topology (1,000 node templates unless
// given: run it at 1000, 10000 and 50000 to see what grows with the topology): open (parse +
// validate), scene build with automatic layout, first paint, frames while dragging a node,
// update after a property edit, start of a relationship drag, automatic layout, peak memory.
// BENCH_EDIT_LOOP / BENCH_PAINT_LOOP repeat the edit / the paint for profilers.
//
// Frames are measured two ways: the full repaint of a viewport-sized image (an upper bound:
// every visible item drawn) and what the view really repaints after the move (the dirty region,
// flushed by the event loop). Runs on the offscreen platform unless QT_QPA_PLATFORM says else.
#include "canvas/canvaswidget.h"
#include "canvas/minimapwidget.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTextStream>

#include <QTimer>
#include <functional>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <sys/resource.h>

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

/// An agent of the generated topology: `wanted`, or the last one in a smaller topology.
QString agentNode(const char *prefix, int wanted, int nodes)
{
    const int agents = qMax(1, (nodes - 1 - 9) / 3);
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix)).arg(qMin(wanted, agents - 1));
}

/// The most memory this process has held so far.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// Resident memory now, in MB (Linux), to tell which step the peak comes from.
double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024 * 1024) : 0;
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

/// CPU time of this thread: on a machine shared with other work, wall-clock frames include
/// time the thread was not even running; this is what a frame costs on a free core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// Wall-clock and CPU time of a stretch of code.
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double wall() const { return ms(m_wall.nsecsElapsed()); }
    double cpu() const { return ms(threadCpuNs() - m_cpu); }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

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
    QList<double> handling; // mouse move event: items and arrows follow (CPU)
    QList<double> repaint;  // what the view repaints for it, dirty region (CPU)
    QList<double> full;     // whole viewport painted into an image (CPU)
    QList<double> wall;     // the three together, wall clock
    // The press selects the node; its repaint (selection outline, the node's cache redrawn, the
    // arrows under it) is the frame before the first move, measured on its own.
    double pressCpu = 0;
    double pressWall = 0;

    static QString stats(QList<double> values)
    {
        if (values.isEmpty())
            return QStringLiteral("-");
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
            QStringList all;
            for (double v : std::as_const(values))
                all << QString::number(v, 'f', 1);
            fprintf(stderr, "%s\n", qPrintable(all.join(QLatin1Char(' '))));
        }
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
    // The user sees the node before pressing it: paint the scrolled-to region first (scrolling
    // alone leaves it unpainted offscreen), or the press would pay for the region's first paint.
    QCoreApplication::processEvents();
    viewport->repaint();
    Frames frames;
    QPoint at = view->mapFromScene(grab);
    {
        Stopwatch press;
        mouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        QCoreApplication::processEvents();
        frames.pressCpu = press.cpu();
        frames.pressWall = press.wall();
    }
    for (int i = 0; i < steps; ++i) {
        at += QPoint(i % 20 < 10 ? 6 : -6, i % 40 < 20 ? 3 : -3);
        Stopwatch frame;
        Stopwatch part;
        mouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        frames.handling << part.cpu();
        part.start();
        QCoreApplication::processEvents(); // the view repaints its dirty region
        frames.repaint << part.cpu();
        frames.wall << frame.wall();
        part.start();
        viewport->repaint(); // into the window's own backing store: no memory of the bench's
        frames.full << part.cpu();
    }
    mouse(viewport, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QCoreApplication::processEvents();
    return frames;
}

} // namespace

QString both(const Stopwatch &watch)
{
    return QStringLiteral("%1 ms (CPU %2 ms)")
        .arg(watch.wall(), 0, 'f', 1)
        .arg(watch.cpu(), 0, 'f', 1);
}

void report(const char *title, const Frames &frames)
{
    out << title << "\n  press, selecting the node, until painted: "
        << QString::number(frames.pressWall, 'f', 2) << " ms (CPU "
        << QString::number(frames.pressCpu, 'f', 2) << " ms)"
        << "\n  mouse move handling (CPU): " << Frames::stats(frames.handling)
        << "\n  repaint of the dirty region (CPU): " << Frames::stats(frames.repaint)
        << "\n  frame = handling + repaint (wall clock): " << Frames::stats(frames.wall)
        << "\n  whole viewport painted (CPU, upper bound): " << Frames::stats(frames.full) << "\n";
    out.flush();
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    const QByteArray yaml = generate(nodes, 3);
    const QString dragged = agentNode("SlaveCompute", 40, nodes);
    const QString edited = agentNode("SlaveCompute", 7, nodes);
    const QString connecting = agentNode("MesosSlave", 12, nodes);
    out << "Times are wall clock, with this thread's CPU time in brackets (the machine may be\n"
           "shared: CPU time is what the work costs on a free core).\n";

    Stopwatch parse;
    Diagnostics diagnostics;
    auto document
        = TopologyDocument::fromBytes(yaml, QStringLiteral("generated.yml"), catalog, &diagnostics);
    if (!document) {
        out << "cannot parse the generated topology\n";
        return 1;
    }
    document->problems();
    const QString parsed = both(parse);
    const double openedMemory = residentMegabytes();

    {
        // The document alone, for comparison with the edit below (canvas attached).
        DocumentActions actions(document.get());
        Frames edits;
        for (int i = 0; i < 6; ++i) {
            Stopwatch edit;
            actions.setCapabilityProperty(edited,
                                          QStringLiteral("scalable"),
                                          QStringLiteral("default_instances"),
                                          Value::scalar(QString::number(2 + i % 3)));
            edits.handling << edit.cpu();
        }
        out << "Property edit, document only (command + validation, CPU): "
            << Frames::stats(edits.handling) << "\n";
        for (int i = 0; i < 6; ++i)
            document->undoStack()->undo();
    }

    SelectionModel selection;
    CanvasWidget canvas(catalog);
    canvas.resize(1600, 1000);
    canvas.show();
    QCoreApplication::processEvents();
    Stopwatch build;
    canvas.setDocument(document.get(), &selection);
    // As in the app: a big scene is built in slices between events (their longest is what
    // tests/bench/open reports as the longest stall); this is the wall time until the last.
    if (canvas.scene()->isBuilding()) {
        QEventLoop untilBuilt;
        QObject::connect(canvas.scene(), &TopologyScene::built, &untilBuilt, &QEventLoop::quit);
        untilBuilt.exec();
    }
    const QString built = both(build);
    const double sceneMemory = residentMegabytes();
    Stopwatch paint;
    canvas.zoomToFit();
    canvas.view()->viewport()->repaint();
    const QString painted = both(paint);
    const double paintedMemory = residentMegabytes();
    const QSize viewportSize = canvas.view()->viewport()->size();

    out << "Topology: " << document->topology().nodeCount() << " node templates, "
        << canvas.scene()->rootItems().size() << " top-level, " << canvas.scene()->items().size()
        << " graphics items, " << document->problems().size() << " problems\n";
    out << "Open: parse + validate " << parsed << "; scene build incl. automatic layout " << built
        << "; first paint at fit zoom (" << viewportSize.width() << "x" << viewportSize.height()
        << ") " << painted << "\n";
    out << "Fit zoom: " << QString::number(canvas.zoom() * 100, 'f', 1) << " %\n";
    out.flush();

    canvas.resetZoom();
    if (qEnvironmentVariableIsSet("BENCH_PAINT_LOOP")) {
        // For profilers: paint the viewport over and over.
        canvas.view()->centerOn(canvas.scene()->nodeItem(dragged)->scenePos());
        for (int i = 0; i < 300; ++i)
            canvas.view()->viewport()->repaint();
        return 0;
    }

    // Drag a slave machine (with an arrow to a master far away) at 100 % and at fit zoom.
    report(qPrintable(QStringLiteral("Dragging %1 at 100 %, 120 mouse moves:").arg(dragged)),
           dragNode(canvas, dragged, 120));
    const double draggedMemory = residentMegabytes();
    canvas.zoomToFit();
    report(qPrintable(QStringLiteral("Dragging it at fit zoom (%1 %, the whole topology visible), "
                                     "60 mouse moves:")
                          .arg(canvas.zoom() * 100, 0, 'f', 1)),
           dragNode(canvas, dragged, 60));

    // A property edit: validation plus the scene update, then the repaint.
    DocumentActions actions(document.get());
    canvas.resetZoom();
    canvas.revealNode(edited);
    QCoreApplication::processEvents();
    if (qEnvironmentVariableIsSet("BENCH_EDIT_LOOP")) {
        // For profilers: the property edit below, over and over.
        for (int i = 0; i < 300; ++i) {
            actions.setCapabilityProperty(edited,
                                          QStringLiteral("scalable"),
                                          QStringLiteral("default_instances"),
                                          Value::scalar(QString::number(2 + i % 3)));
            QCoreApplication::processEvents();
        }
        return 0;
    }
    Frames edits;
    for (int i = 0; i < 10; ++i) {
        Stopwatch edit;
        actions.setCapabilityProperty(edited,
                                      QStringLiteral("scalable"),
                                      QStringLiteral("default_instances"),
                                      Value::scalar(QString::number(2 + i % 3)));
        edits.handling << edit.cpu();
        Stopwatch repaint;
        QCoreApplication::processEvents();
        edits.repaint << repaint.cpu();
        edits.wall << edit.wall();
    }
    out << "Property edit with the canvas (scalable.default_instances), 10 edits:"
        << "\n  edit + validation + scene update (CPU): " << Frames::stats(edits.handling)
        << "\n  repaint (CPU): " << Frames::stats(edits.repaint)
        << "\n  until painted (wall clock): " << Frames::stats(edits.wall) << "\n";

    // Edits that add, remove or rename cards, each undone in turn: what the scene, the
    // validation and the panels pay for them, until painted.
    const auto structural = [&](const char *what, const std::function<void()> &edit) {
        Frames frames;
        for (int i = 0; i < 10; ++i) {
            Stopwatch stopwatch;
            if (i % 2)
                document->undoStack()->undo();
            else
                edit();
            frames.handling << stopwatch.cpu();
            QCoreApplication::processEvents();
            frames.wall << stopwatch.wall();
        }
        out << what << ", then undo, 10 edits:"
            << "\n  edit + validation + scene update (CPU): " << Frames::stats(frames.handling)
            << "\n  until painted (wall clock): " << Frames::stats(frames.wall) << "\n";
    };
    const QString agent = agentNode("MesosSlave", 7, nodes);
    const std::function<void()> add = [&] {
        actions.addNode(QStringLiteral("org.alien4cloud.nodes.MesosDNS"), QPointF(), agent);
    };
    const std::function<void()> rename = [&] {
        actions.renameNode(agentNode("SlaveCompute", 9, nodes), QStringLiteral("Renamed"));
    };
    const std::function<void()> remove = [&] {
        actions.removeNodes({agentNode("SlaveCompute", 11, nodes)});
    };
    // BENCH_STRUCTURAL_LOOP=add|rename|delete: that edit and its undo, over and over, for a
    // profiler.
    if (const QByteArray loop = qgetenv("BENCH_STRUCTURAL_LOOP"); !loop.isEmpty()) {
        const std::function<void()> &edit = loop == "add"      ? add
                                            : loop == "rename" ? rename
                                                               : remove;
        for (int i = 0; i < 200; ++i) {
            edit();
            QCoreApplication::processEvents();
            document->undoStack()->undo();
            QCoreApplication::processEvents();
        }
        return 0;
    }
    structural("Add a MesosDNS on an agent", add);
    structural("Rename an agent machine", rename);
    structural("Delete an agent machine with what it hosts", remove);

    // After an edit the minimap redraws its picture (once the edits pause): what that costs.
    if (auto *minimap = canvas.findChild<MinimapWidget *>(); minimap && minimap->isVisible()) {
        QList<double> redraws;
        for (int i = 0; i < 5; ++i) {
            minimap->invalidate();
            QEventLoop pause;
            QTimer::singleShot(150, &pause, &QEventLoop::quit);
            pause.exec(); // the debounce has passed; the picture is due
            Stopwatch redraw;
            minimap->repaint();
            redraws << redraw.cpu();
        }
        out << "Minimap redraw after an edit (CPU): " << Frames::stats(redraws) << " ("
            << minimap->pictureRenders() << " pictures drawn)\n";
    }

    const double editedMemory = residentMegabytes();
    // Starting a relationship drag judges the visible nodes once.
    for (const bool fit : {false, true}) {
        if (fit)
            canvas.zoomToFit();
        else
            canvas.resetZoom();
        NodeItem *slave = canvas.scene()->nodeItem(connecting);
        const QPointF port
            = slave->mapToScene(slave->requirementPortPosition(QStringLiteral("dns_server")));
        canvas.view()->centerOn(port);
        QCoreApplication::processEvents();
        QWidget *viewport = canvas.view()->viewport();
        viewport->repaint(); // the region is on screen before the user presses the port
        const QPoint at = canvas.view()->mapFromScene(port);
        Stopwatch press;
        if (fit) {
            // At fit zoom a port is less than a pixel wide and a press there moves the card:
            // start the connection the way a press on the port does.
            canvas.scene()->beginConnection(connecting, QStringLiteral("dns_server"));
        } else {
            mouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        }
        const QString pressed = both(press);
        mouse(viewport, QEvent::MouseMove, at + QPoint(30, 5), Qt::NoButton, Qt::LeftButton);
        Stopwatch repaint;
        QCoreApplication::processEvents();
        const QString repainted = both(repaint);
        canvas.scene()->cancelInteraction();
        mouse(
            viewport, QEvent::MouseButtonRelease, at + QPoint(30, 5), Qt::LeftButton, Qt::NoButton);
        out << "Relationship drag start at " << (fit ? "fit zoom" : "100 %")
            << ": judging the visible nodes " << pressed << ", repaint with highlights "
            << repainted << "\n";
    }

    const double beforeLayoutMemory = residentMegabytes();
    Stopwatch layout;
    canvas.autoLayout();
    const QString laidOut = both(layout);
    QCoreApplication::processEvents(); // painted, as a user sees it
    Stopwatch undo;
    document->undoStack()->undo();
    const QString undone = both(undo);
    QCoreApplication::processEvents();
    out << "Auto layout " << laidOut << "; its undo " << undone << "\n";
    const auto mb = [](double megabytes) {
        return QString::number(megabytes, 'f', 1);
    };
    out << "Resident memory (MB): after open " << mb(openedMemory) << ", scene build "
        << mb(sceneMemory) << ", first paint " << mb(paintedMemory) << ", drag at 100 % "
        << mb(draggedMemory) << ", property edits " << mb(editedMemory) << ", relationship drags "
        << mb(beforeLayoutMemory) << ", automatic layout and undo " << mb(residentMegabytes())
        << "\n";
    out << "Peak memory: " << mb(peakMegabytes()) << " MB\n";
    out.flush();
    return 0;
}
