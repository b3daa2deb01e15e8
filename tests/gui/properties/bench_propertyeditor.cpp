// SPDX-License-Identifier: GPL-3.0-or-later
// How long the property editor takes to show a node (rebuild on selection change) and to
// follow edits, on a generated topology of 1,000 node templates whose type has 30 properties
// of every kind. Prints milliseconds; not a pass/fail test (see issue 4 §8).
#include "catalog/typecatalog.h"
#include "documentactions.h"
#include "properties/lazycombobox.h"
#include "properties/propertyeditor.h"
#include "properties/requirementgroup.h"
#include "selectionmodel.h"
#include "topologydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Topologist;

namespace {

QByteArray generate(int nodes)
{
    QString yaml;
    QTextStream out(&yaml);
    out << "tosca_definitions_version: alien_dsl_1_4_0\n"
           "metadata:\n  template_name: bench\n  template_version: 0.1.0-SNAPSHOT\n"
           "imports:\n  - tosca-normative-types:1.0.0-ALIEN14\n"
           "node_types:\n  bench.nodes.Big:\n    derived_from: tosca.nodes.SoftwareComponent\n    "
           "properties:\n";
    for (int i = 0; i < 10; ++i)
        out << "      text_" << i
            << ":\n        type: string\n        required: false\n        default: value" << i
            << "\n";
    for (int i = 0; i < 8; ++i)
        out << "      count_" << i
            << ":\n        type: integer\n        constraints:\n          - in_range: [1, 1000]\n"
               "        default: 10\n";
    for (int i = 0; i < 3; ++i)
        out << "      ratio_" << i << ":\n        type: float\n        required: false\n";
    for (int i = 0; i < 3; ++i)
        out << "      flag_" << i << ":\n        type: boolean\n        required: false\n";
    for (int i = 0; i < 2; ++i)
        out << "      mode_" << i
            << ":\n        type: string\n        constraints:\n          - valid_values: [a, b, "
               "c]\n"
               "        default: a\n";
    out << "      memory:\n        type: scalar-unit.size\n        required: false\n";
    out << "      names:\n        type: list\n        required: false\n        entry_schema:\n     "
           "     type: string\n";
    out << "      labels:\n        type: map\n        required: false\n        entry_schema:\n     "
           "     type: string\n";
    out << "topology_template:\n  node_templates:\n";
    for (int i = 0; i < nodes / 2; ++i) {
        out << "    Host_" << i << ":\n      type: tosca.nodes.Compute\n";
        out << "    Big_" << i
            << ":\n      type: bench.nodes.Big\n      properties:\n        text_0: set" << i
            << "\n        count_0: " << (i % 1000 + 1)
            << "\n      requirements:\n        - host: Host_" << i << "\n";
    }
    return yaml.toUtf8();
}

/// CPU time of this thread in ms: what the editor costs, without the waits of a busy machine.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TypeCatalog catalog;
    catalog.addBundledLibrary();
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(
        generate(1000), QStringLiteral("bench.yml"), catalog, &diagnostics);
    if (!document)
        return 1;
    SelectionModel selection;
    PropertyEditor editor;
    editor.resize(440, 900);
    editor.setDocument(document.get(), &selection);
    editor.show();
    QApplication::processEvents();
    DocumentActions actions(document.get());

    std::vector<double> cpuBig;
    std::vector<double> cpuCompute;
    std::vector<double> cpuOwnEdit;
    std::vector<double> buildBig;
    std::vector<double> showBig;
    std::vector<double> showCompute;
    std::vector<double> ownEdit;
    std::vector<double> otherEdit;
    QElapsedTimer timer;
    for (int i = 0; i < 40; ++i) {
        // Selection change up to the first paint of the new rows.
        double cpu = cpuMs();
        timer.start();
        selection.setSelectedNodes({QStringLiteral("Big_%1").arg(i)});
        buildBig.push_back(timer.nsecsElapsed() / 1e6);
        QApplication::processEvents();
        showBig.push_back(timer.nsecsElapsed() / 1e6);
        cpuBig.push_back(cpuMs() - cpu);

        timer.start();
        actions.setProperty(QStringLiteral("Big_%1").arg(i),
                            QStringLiteral("text_1"),
                            Value::scalar(QStringLiteral("x%1").arg(i)));
        QApplication::processEvents();
        ownEdit.push_back(timer.nsecsElapsed() / 1e6);

        timer.start();
        actions.setProperty(QStringLiteral("Big_%1").arg(i + 100),
                            QStringLiteral("text_1"),
                            Value::scalar(QStringLiteral("y")));
        QApplication::processEvents();
        otherEdit.push_back(timer.nsecsElapsed() / 1e6);

        cpu = cpuMs();
        timer.start();
        selection.setSelectedNodes({QStringLiteral("Host_%1").arg(i)});
        QApplication::processEvents();
        showCompute.push_back(timer.nsecsElapsed() / 1e6);
        cpuCompute.push_back(cpuMs() - cpu);
    }
    // The compatible targets of an open requirement, computed when its choice is opened.
    std::vector<double> candidates;
    int candidateCount = 0;
    for (int i = 0; i < 5; ++i) {
        selection.setSelectedNodes({QStringLiteral("Big_%1").arg(i)});
        QApplication::processEvents();
        RequirementGroup *dependency = editor.requirementGroup(QStringLiteral("dependency"));
        if (!dependency || !dependency->connectCombo()) {
            QTextStream(stderr) << "no open dependency requirement on " << editor.node() << "\n";
            return 1;
        }
        timer.start();
        dependency->connectCombo()->populate();
        candidates.push_back(timer.nsecsElapsed() / 1e6);
        candidateCount = dependency->connectCombo()->count();
    }
    QTextStream(stdout)
        << "property editor, 1,000-node topology (median of 40, ms; wall / thread CPU)\n"
        << "  show a node with 31 properties (selection change + paint): " << median(showBig)
        << " / " << median(cpuBig) << "\n"
        << "    of which building the rows (before layout and paint):    " << median(buildBig)
        << "\n"
        << "  show a Compute (4 capabilities, 19 rows):                   " << median(showCompute)
        << " / " << median(cpuCompute) << "\n"
        << "  edit of the shown node (in place, incl. validation):        " << median(ownEdit)
        << " / " << median(cpuOwnEdit) << "\n"
        << "  edit of another node (incl. validation):                    " << median(otherEdit)
        << "\n"
        << "  compatible targets of an open requirement (" << candidateCount
        << " of 1,000 nodes): " << median(candidates) << "\n"
        << "  max show (31 properties):                                    "
        << *std::max_element(showBig.begin(), showBig.end()) << "\n";
    return 0;
}
