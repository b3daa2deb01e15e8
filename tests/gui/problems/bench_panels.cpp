// SPDX-License-Identifier: GPL-3.0-or-later
// Timing harness for the palette, problem list and outline on a generated 1,000-node Mesos
// topology with a few hundred problems. Not a test: it prints figures (thread CPU time).
//   build/tests/gui_problems/bench_panels [nodes]   (BENCH_ONLY=palette|problems|outline,
//   BENCH_COUNT=1 to count the node signals of a rename)
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "outline/outlinewidget.h"
#include "palette/typepalette.h"
#include "problems/problemlist.h"
#include "problems/problemmodel.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Topologist;

namespace {

QByteArray generate(int nodes)
{
    QString yaml;
    QTextStream out(&yaml);
    out << "tosca_definitions_version: alien_dsl_1_4_0\n"
           "metadata:\n  template_name: bench\n  template_version: 0.1.0-SNAPSHOT\n"
           "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n  - "
           "docker-engine-type:1.4.0-SNAPSHOT\n"
           "  - mesos-types:1.4.0-SNAPSHOT\n"
           "topology_template:\n  node_templates:\n";
    const auto compute = [&out](const QString &name, const QString &distribution) {
        out << "    " << name << ":\n      type: tosca.nodes.Compute\n      capabilities:\n"
            << "        scalable:\n          properties: {min_instances: 1, max_instances: 3, "
               "default_instances: 1}\n"
            << "        os:\n          properties: {type: linux, distribution: " << distribution
            << ", version: 14.04, architecture: x86_64}\n";
    };
    compute(QStringLiteral("MasterCompute"), QStringLiteral("ubuntu"));
    out << "    MesosMaster:\n      type: org.alien4cloud.nodes.MesosMaster\n      requirements:\n"
           "        - host: {node: MasterCompute, capability: tosca.capabilities.Container, "
           "relationship: tosca.relationships.HostedOn}\n";
    out << "    Marathon:\n      type: org.alien4cloud.nodes.Marathon\n      requirements:\n"
           "        - host: {node: MesosMaster, capability: "
           "org.alien4cloud.capabilities.MesosMasterHost, relationship: "
           "tosca.relationships.HostedOn}\n";
    for (int i = 1; 3 + 3 * i <= nodes; ++i) {
        // Every third agent machine runs Fedora: its agent and Docker engine get filter errors.
        compute(QStringLiteral("SlaveCompute_%1").arg(i),
                i % 3 == 0 ? QStringLiteral("fedora") : QStringLiteral("ubuntu"));
        out << "    DockerEngine_" << i
            << ":\n      type: org.alien4cloud.nodes.DockerEngine\n      requirements:\n"
            << "        - host: {node: SlaveCompute_" << i
            << ", capability: tosca.capabilities.Container, relationship: "
               "tosca.relationships.HostedOn}\n";
        out << "    MesosSlave_" << i
            << ":\n      type: org.alien4cloud.nodes.MesosSlave\n      requirements:\n"
            << "        - host: {node: SlaveCompute_" << i
            << ", capability: tosca.capabilities.Container, relationship: "
               "tosca.relationships.HostedOn}\n"
            << "        - master: {node: MesosMaster, capability: "
               "org.alien4cloud.capabilities.MesosMaster, relationship: "
               "org.alien4cloud.relationships.MesosSlaveConnectsToMaster}\n"
            << "        - docker_cli: {node: DockerEngine_" << i
            << ", capability: org.alien4cloud.capabilities.DockerCLI, relationship: "
               "org.alien4cloud.relationships.MesosSlaveDependsOnDocker}\n";
    }
    out.flush();
    return yaml.toUtf8();
}

struct Stats
{
    double median = 0;
    double max = 0;
};

qint64 cpuNanos()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

Stats measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const qint64 begin = cpuNanos();
        work();
        times << (cpuNanos() - begin) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.last()};
}

void report(const char *what, const Stats &stats)
{
    std::printf("%-62s median %8.3f ms   max %8.3f ms\n", what, stats.median, stats.max);
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
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        generate(nodes), QStringLiteral("bench.yml"), catalog, &diagnostics);
    if (!document) {
        std::printf("generated topology does not parse\n");
        return 1;
    }
    int errors = 0;
    for (const Problem &p : document->problems())
        errors += p.severity == Severity::Error ? 1 : 0;
    std::printf("%d nodes, %d problems (%d errors)\n\n",
                int(document->topology().nodeCount()),
                int(document->problems().size()),
                errors);

    SelectionModel selection;
    TypePalette palette(catalog);
    ProblemList problems;
    OutlineWidget outline;
    palette.resize(320, 800);
    problems.resize(1000, 300);
    outline.resize(300, 800);

    // The panels' own share of each edit: a stopwatch slot connected before the panels' slots
    // and one after, on every document signal they follow (slots run in connection order).
    // Thread CPU time, not wall time: the machine this runs on is shared, and a preempted
    // slot would otherwise count someone else's compile.
    qint64 handlerStart = 0;
    qint64 handlerNanos = 0;
    const auto start = [&] {
        handlerStart = cpuNanos();
    };
    const auto stop = [&] {
        handlerNanos += cpuNanos() - handlerStart;
    };
    TopologyDocument *doc = document.get();
    QObject::connect(doc, &TopologyDocument::nodeAdded, &app, start);
    QObject::connect(doc, &TopologyDocument::nodeRemoved, &app, start);
    QObject::connect(doc, &TopologyDocument::nodeChanged, &app, start);
    QObject::connect(doc, &TopologyDocument::problemsChanged, &app, start);

    // BENCH_ONLY=palette|problems|outline attaches one panel, to see who costs what.
    const QByteArray only = qgetenv("BENCH_ONLY");
    if (only.isEmpty() || only == "palette")
        report("palette: setDocument", measure(1, [&] { palette.setDocument(doc, &selection); }));
    if (only.isEmpty() || only == "problems")
        report("problem list: setDocument (build)",
               measure(1, [&] { problems.setDocument(doc, &selection); }));
    if (only.isEmpty() || only == "outline")
        report("outline: setDocument (build)",
               measure(1, [&] { outline.setDocument(doc, &selection); }));
    std::printf("\n");

    QObject::connect(doc, &TopologyDocument::nodeAdded, &app, stop);
    QObject::connect(doc, &TopologyDocument::nodeRemoved, &app, stop);
    QObject::connect(doc, &TopologyDocument::nodeChanged, &app, stop);
    QObject::connect(doc, &TopologyDocument::problemsChanged, &app, stop);

    DocumentActions actions(doc);
    bool fedora = false;
    const auto toggleOs = [&] {
        fedora = !fedora;
        actions.setCapabilityProperty(
            QStringLiteral("SlaveCompute_1"),
            QStringLiteral("os"),
            QStringLiteral("distribution"),
            Value::scalar(fedora ? QStringLiteral("fedora") : QStringLiteral("ubuntu")));
    };
    int port = 5000;
    const auto editPort = [&] {
        actions.setProperty(QStringLiteral("MesosSlave_5"),
                            QStringLiteral("port"),
                            Value::scalar(QString::number(++port)));
    };
    const auto handlers = [&](const char *what, int runs, const std::function<void()> &edit) {
        QList<double> times;
        QList<double> totals;
        for (int i = 0; i < runs; ++i) {
            handlerNanos = 0;
            const qint64 begin = cpuNanos();
            edit();
            totals << (cpuNanos() - begin) / 1e6;
            times << handlerNanos / 1e6;
        }
        std::sort(times.begin(), times.end());
        std::sort(totals.begin(), totals.end());
        std::printf("%-62s panels median %7.3f ms  max %7.3f ms   (whole edit median %7.1f ms)\n",
                    what,
                    times.at(times.size() / 2),
                    times.last(),
                    totals.at(totals.size() / 2));
    };
    const auto renameHost = [&] {
        static int n = 0;
        const QString from = n % 2 ? QStringLiteral("Renamed") : QStringLiteral("SlaveCompute_7");
        const QString to = n % 2 ? QStringLiteral("SlaveCompute_7") : QStringLiteral("Renamed");
        ++n;
        actions.renameNode(from, to);
    };
    const auto addOnHost = [&] {
        static int n = 0;
        if (n++ % 2)
            doc->undoStack()->undo();
        else
            actions.addNode(QStringLiteral("org.alien4cloud.nodes.MesosDNS"),
                            QPointF(),
                            QStringLiteral("MesosSlave_9"));
    };
    const auto deleteSubtree = [&] {
        static int n = 0;
        if (n++ % 2)
            doc->undoStack()->undo();
        else
            actions.removeNodes({QStringLiteral("SlaveCompute_11")});
    };
    // BENCH_PROFILE=os|rename|add|delete repeats one edit 400 times and stops, for a profiler.
    const QByteArray profile = qgetenv("BENCH_PROFILE");
    if (!profile.isEmpty()) {
        std::function<void()> edit = deleteSubtree;
        if (profile == "os")
            edit = toggleOs;
        else if (profile == "rename")
            edit = renameHost;
        else if (profile == "add")
            edit = addOnHost;
        for (int i = 0; i < 400; ++i)
            edit();
        return 0;
    }
    handlers("edit adding/removing 2 errors (OS of an agent machine)", 40, toggleOs);
    handlers("property edit, no problem change (typing a port)", 40, editPort);
    if (qEnvironmentVariableIsSet("BENCH_COUNT")) {
        int signalCount = 0;
        auto c1
            = QObject::connect(doc, &TopologyDocument::nodeChanged, &app, [&] { ++signalCount; });
        auto c2 = QObject::connect(doc, &TopologyDocument::nodeAdded, &app, [&] { ++signalCount; });
        auto c3
            = QObject::connect(doc, &TopologyDocument::nodeRemoved, &app, [&] { ++signalCount; });
        actions.renameNode(QStringLiteral("SlaveCompute_7"), QStringLiteral("Renamed"));
        std::printf("rename: %d node signals\n", signalCount);
        doc->undoStack()->undo();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        QObject::disconnect(c3);
    }
    handlers("rename a host with 2 hosted nodes", 20, renameHost);
    handlers("add a node on a host (MesosDNS on an agent), then undo", 20, addOnHost);
    handlers("delete an agent machine with its subtree, then undo", 20, deleteSubtree);
    std::printf("\n");

    {
        // What the first reader of TopologyDocument::problems() pays after an edit (the
        // editing layer merges and sorts lazily); the panels above include it.
        problems.setDocument(nullptr, nullptr);
        outline.setDocument(nullptr, nullptr);
        QList<double> times;
        for (int i = 0; i < 40; ++i) {
            toggleOs();
            const qint64 begin = cpuNanos();
            (void)doc->problems();
            times << (cpuNanos() - begin) / 1e6;
        }
        std::sort(times.begin(), times.end());
        std::printf("%-62s median %8.3f ms   max %8.3f ms\n",
                    "TopologyDocument::problems() after an edit (editing layer)",
                    times.at(times.size() / 2),
                    times.last());
        problems.setDocument(doc, &selection);
        outline.setDocument(doc, &selection);
    }
    // The problem model's diff alone, after an edit (doc->problems() is cached by the document).
    ProblemModel model;
    model.setDocument(document.get());
    report("ProblemModel::refresh with nothing changed", measure(100, [&] { model.refresh(); }));
    QList<double> refreshTimes;
    for (int i = 0; i < 40; ++i) {
        toggleOs();
        (void)doc->problems(); // the document's merged list, rebuilt lazily, outside the timing
        const qint64 begin = cpuNanos();
        model.refresh();
        refreshTimes << (cpuNanos() - begin) / 1e6;
    }
    std::sort(refreshTimes.begin(), refreshTimes.end());
    std::printf("%-62s median %8.3f ms   max %8.3f ms\n",
                "ProblemModel::refresh after an edit",
                refreshTimes.at(refreshTimes.size() / 2),
                refreshTimes.last());
    std::printf("\n");

    report("selection change (outline sync + palette)", measure(40, [&] {
               static int n = 0;
               selection.setSelectedNodes({QStringLiteral("MesosSlave_%1").arg(++n % 300 + 1)});
           }));

    auto *fits = palette.findChild<QCheckBox *>(QStringLiteral("paletteFitsSelection"));
    fits->setChecked(true);
    report("palette: fits-selection, new node each time (uncached)", measure(20, [&] {
               static int n = 0;
               selection.setSelectedNodes({QStringLiteral("SlaveCompute_%1").arg(++n + 100)});
           }));
    report("palette: fits-selection, cached", measure(20, [&] {
               static int n = 0;
               selection.setSelectedNodes({QStringLiteral("SlaveCompute_%1").arg(++n % 2 + 101)});
           }));
    fits->setChecked(false);
    auto *search = palette.findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
    report("palette: one search keystroke", measure(20, [&] {
               static int n = 0;
               search->setText(++n % 2 ? QStringLiteral("mes") : QStringLiteral("meso"));
           }));
    auto *outlineFilter = outline.findChild<QLineEdit *>(QStringLiteral("outlineFilter"));
    report("outline: one filter keystroke", measure(10, [&] {
               static int n = 0;
               outlineFilter->setText(++n % 2 ? QStringLiteral("slave_1")
                                              : QStringLiteral("slave_12"));
           }));
    return 0;
}
