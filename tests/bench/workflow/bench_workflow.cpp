// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow panel derives install and its order after each edit it shows, and the install
// order rule runs after every edit: both should stay linear in the topology's size.
// Run: build/tests/bench_workflow/bench_workflow --benchmark_repetitions=5
#include "catalog/topologyloader.h"
#include "catalog/typecatalog.h"
#include "testhelpers.h"
#include "topologygenerator.h"
#include "validation/rules/installorderrule.h"
#include "validation/validationcontext.h"
#include "workflow/workflowgenerator.h"
#include "workflow/workfloworder.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>

using namespace Topologist;

namespace {

const LoadedTopology &topology(int nodes)
{
    static std::map<int, LoadedTopology> cache;
    auto it = cache.find(nodes);
    if (it == cache.end())
        it = cache
                 .emplace(nodes,
                          TopologyLoader(Test::bundledCatalog())
                              .loadBytes(Test::TopologyGenerator(nodes).yaml(),
                                         QStringLiteral("generated.yml")))
                 .first;
    return it->second;
}

void BM_GenerateAndOrderInstall(benchmark::State &state)
{
    const LoadedTopology &loaded = topology(int(state.range(0)));
    if (!loaded.archive.topology) {
        state.SkipWithError("the generated topology did not load");
        return;
    }
    int steps = 0;
    for (auto _ : state) {
        const Workflow install = WorkflowGenerator(*loaded.archive.topology, *loaded.types)
                                     .generate(QStringLiteral("install"));
        const WorkflowOrder order(install);
        steps = int(order.order().size());
        benchmark::DoNotOptimize(steps);
    }
    state.counters["steps"] = steps;
}
BENCHMARK(BM_GenerateAndOrderInstall)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond);

void BM_InstallOrderRule(benchmark::State &state)
{
    const LoadedTopology &loaded = topology(int(state.range(0)));
    if (!loaded.archive.topology) {
        state.SkipWithError("the generated topology did not load");
        return;
    }
    const ValidationContext context(loaded.archive, *loaded.archive.topology, *loaded.types);
    const InstallOrderRule rule;
    for (auto _ : state) {
        Problems problems;
        rule.checkTopology(context, &problems);
        benchmark::DoNotOptimize(problems);
    }
}
BENCHMARK(BM_InstallOrderRule)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
