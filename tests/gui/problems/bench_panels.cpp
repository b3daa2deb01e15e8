// SPDX-License-Identifier: GPL-3.0-or-later
// Timing harness for the palette, problem list and outline on a generated 1,000-node Mesos
// topology with a few hundred problems. Not a test: it prints figures.
//   QT_QPA_PLATFORM=offscreen build/tests/gui_problems/bench_panels [nodes]
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
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
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

Stats measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
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

    report("palette: setDocument",
           measure(1, [&] { palette.setDocument(document.get(), &selection); }));
    report("problem list: setDocument (build)",
           measure(1, [&] { problems.setDocument(document.get(), &selection); }));
    report("outline: setDocument (build)",
           measure(1, [&] { outline.setDocument(document.get(), &selection); }));
    std::printf("\n");

    DocumentActions actions(document.get());
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

    // The same edits with the panels attached and detached: the difference is their cost.
    const Stats withOs = measure(40, toggleOs);
    const Stats withPort = measure(40, editPort);
    problems.setDocument(nullptr, nullptr);
    outline.setDocument(nullptr, nullptr);
    palette.setDocument(nullptr, nullptr);
    const Stats withoutOs = measure(40, toggleOs);
    const Stats withoutPort = measure(40, editPort);
    report("edit adding/removing 2 problems, document alone", withoutOs);
    report("same edit, with palette + problem list + outline", withOs);
    report("property edit (no problem change), document alone", withoutPort);
    report("same edit, with palette + problem list + outline", withPort);
    std::printf("  => panels' share per edit: %.3f ms (problems change), %.3f ms (typing)\n\n",
                withOs.median - withoutOs.median,
                withPort.median - withoutPort.median);

    // The problem model's diff alone, after an edit (doc->problems() is cached by the document).
    ProblemModel model;
    model.setDocument(document.get());
    report("ProblemModel::refresh with nothing changed", measure(100, [&] { model.refresh(); }));
    report("ProblemModel::refresh after an edit (incl. edit)", measure(40, [&] {
               toggleOs();
               model.refresh();
           }));
    std::printf("\n");

    problems.setDocument(document.get(), &selection);
    outline.setDocument(document.get(), &selection);
    palette.setDocument(document.get(), &selection);
    report("rename a host with a subtree (outline, problems attached)", measure(20, [&] {
               static int n = 0;
               const QString from
                   = n % 2 ? QStringLiteral("Renamed") : QStringLiteral("SlaveCompute_7");
               const QString to
                   = n % 2 ? QStringLiteral("SlaveCompute_7") : QStringLiteral("Renamed");
               ++n;
               actions.renameNode(from, to);
           }));
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
