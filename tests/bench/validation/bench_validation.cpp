// SPDX-License-Identifier: GPL-3.0-or-later
// Targets (issue 3): full validation of a 1,000-node topology under 20 ms, an incremental one
// under 1 ms. Run: build/tests/bench_validation/bench_validation --benchmark_repetitions=5
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "testhelpers.h"
#include "topologygenerator.h"
#include "validation/incrementalvalidator.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"
#include "validation/validatorfactory.h"

#ifdef TOPOLOGIST_BENCH_EDITING
#include "documentactions.h"
#include "topologydocument.h"
#include <QGuiApplication>
#endif

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Topologist;
using Topologist::Test::bundledCatalog;

namespace {

const LoadedTopology &topology(int nodes)
{
    static std::map<int, LoadedTopology> cache;
    auto it = cache.find(nodes);
    if (it == cache.end())
        it = cache
                 .emplace(nodes,
                          TopologyLoader(bundledCatalog())
                              .loadBytes(Test::TopologyGenerator(nodes).yaml(),
                                         QStringLiteral("generated.yml")))
                 .first;
    return it->second;
}

/// The topology of `nodes` nodes, or null after telling the benchmark why it did not load.
const LoadedTopology *loadedOrSkip(benchmark::State &state)
{
    const LoadedTopology &loaded = topology(int(state.range(0)));
    if (loaded.archive.topology)
        return &loaded;
    QString why = QStringLiteral("the generated topology did not load");
    if (!loaded.diagnostics.isEmpty())
        why = loaded.diagnostics.first().toString();
    state.SkipWithError(why.toStdString().c_str());
    return nullptr;
}

std::shared_ptr<Validator> validatorFor(const LoadedTopology &loaded)
{
    Diagnostics ignored;
    return ValidatorFactory::create(loaded.dependencies, &ignored);
}

void BM_FullValidation(benchmark::State &state)
{
    const LoadedTopology *found = loadedOrSkip(state);
    if (!found)
        return;
    const LoadedTopology &loaded = *found;
    const std::shared_ptr<Validator> validator = validatorFor(loaded);
    size_t problems = 0;
    for (auto _ : state) {
        const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
        problems = validator->validate(context).size();
        benchmark::DoNotOptimize(problems);
    }
    state.counters["nodes"] = double(loaded.archive.topology->nodeCount());
    state.counters["problems"] = double(problems);
}
BENCHMARK(BM_FullValidation)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

/// One property edit on an agent, then the incremental update, as the designer does per
/// keystroke (the context is built each time, as the document does).
void BM_IncrementalValidation_AgentProperty(benchmark::State &state)
{
    const LoadedTopology *found = loadedOrSkip(state);
    if (!found)
        return;
    const LoadedTopology &loaded = *found;
    ToscaArchive archive = loaded.archive;
    TopologyTemplate &topology = *archive.topology;
    IncrementalValidator incremental(validatorFor(loaded));
    incremental.validateAll(ValidationContext(archive, topology, *loaded.types));
    QString agent;
    for (const NodeTemplate &node : topology.nodes()) {
        if (node.type.endsWith(QLatin1String("MesosSlave")))
            agent = node.name;
    }
    int port = 5051;
    int rechecked = 0;
    for (auto _ : state) {
        topology.node(agent)->properties.insert(QStringLiteral("port"),
                                                Value::scalar(QString::number(++port)));
        rechecked = incremental.update(archive, *loaded.types, {agent});
        benchmark::DoNotOptimize(incremental.problems().size());
    }
    state.counters["rechecked_nodes"] = rechecked;
}
BENCHMARK(BM_IncrementalValidation_AgentProperty)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMicrosecond);

/// Changing the OS of a master machine: everything hosted on it, and what points at those, is
/// checked again (node filters and the Mesos rules look down the hosting chain).
void BM_IncrementalValidation_MasterComputeOs(benchmark::State &state)
{
    const LoadedTopology *found = loadedOrSkip(state);
    if (!found)
        return;
    const LoadedTopology &loaded = *found;
    ToscaArchive archive = loaded.archive;
    TopologyTemplate &topology = *archive.topology;
    IncrementalValidator incremental(validatorFor(loaded));
    incremental.validateAll(ValidationContext(archive, topology, *loaded.types));
    const QString compute = topology.nodes().first().name;
    bool ubuntu = true;
    int rechecked = 0;
    for (auto _ : state) {
        ubuntu = !ubuntu;
        NodeTemplate *node = topology.node(compute);
        CapabilityAssignment *os = node->capability(QStringLiteral("os"));
        os->properties.insert(
            QStringLiteral("distribution"),
            Value::scalar(ubuntu ? QStringLiteral("ubuntu") : QStringLiteral("centos")));
        rechecked = incremental.update(archive, *loaded.types, {compute});
        benchmark::DoNotOptimize(incremental.problems().size());
    }
    state.counters["rechecked_nodes"] = rechecked;
}
BENCHMARK(BM_IncrementalValidation_MasterComputeOs)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMicrosecond);

#ifdef TOPOLOGIST_BENCH_EDITING
/// What one keystroke in the property editor costs end to end: the undo command (merged into
/// the previous one), the model change, the signals and the incremental validation.
void BM_DesignerKeystroke(benchmark::State &state)
{
    Diagnostics diagnostics;
    auto document = TopologyDocument::fromBytes(Test::TopologyGenerator(int(state.range(0))).yaml(),
                                                QStringLiteral("generated.yml"),
                                                bundledCatalog(),
                                                &diagnostics);
    if (!document) {
        const QString why = diagnostics.isEmpty() ? QStringLiteral("did not open")
                                                  : diagnostics.first().toString();
        state.SkipWithError(why.toStdString().c_str());
        return;
    }
    DocumentActions actions(document.get());
    QString agent;
    for (const NodeTemplate &node : document->topology().nodes()) {
        if (node.type.endsWith(QLatin1String("MesosSlave")))
            agent = node.name;
    }
    int port = 5051;
    for (auto _ : state)
        actions.setProperty(agent, QStringLiteral("port"), Value::scalar(QString::number(++port)));
    state.counters["undo_steps"] = document->undoStack()->count();
}
BENCHMARK(BM_DesignerKeystroke)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMicrosecond);
#endif

} // namespace

int main(int argc, char **argv)
{
#ifdef TOPOLOGIST_BENCH_EDITING
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
