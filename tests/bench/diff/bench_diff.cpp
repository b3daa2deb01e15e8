// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: `topologist-cli diff` and `merge` of two versions of a 10,000-node topology (the
// generated Mesos shape the reader and validator benchmarks use). The newer version changes a
// property on every 100th node, renames 20 nodes (their references follow), adds 20 and
// removes 20, and moves every 50th node; the merge takes that as ours and a second, disjoint
// set of property edits as theirs. The reading of the files is not timed.
//   build/tests/bench_diff/bench_diff --benchmark_repetitions=5
#include "diff/topologydiff.h"
#include "diff/topologymerge.h"
#include "topologygenerator.h"
#include "validation/quickfixapplier.h"
#include "yaml/toscareader.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>

using namespace Topologist;

namespace {

struct Versions
{
    ToscaArchive base;
    ToscaArchive ours;
    ToscaArchive theirs;
};

void setProperty(TopologyTemplate &topology, int index, const char *key, const QString &value)
{
    topology.nodeAt(index).properties.insert(QString::fromLatin1(key), Value::scalar(value));
}

ToscaArchive edited(const ToscaArchive &base)
{
    ToscaArchive result = base;
    TopologyTemplate &topology = *result.topology;
    const int count = topology.nodeCount();
    for (int i = 0; i < count; i += 100)
        setProperty(topology, i, "bench_value", QString::number(i));
    for (int i = 0; i < count; i += 50)
        topology.nodeAt(i).position = QPointF(i, i);
    for (int k = 0; k < 20; ++k) {
        const QString from = topology.nodeAt(7 + k * (count / 20)).name;
        QuickFixApplier::renameNode(&topology, from, from + QStringLiteral("_renamed"));
    }
    for (int k = 0; k < 20; ++k)
        topology.removeNodeAt(topology.nodeCount() - 1 - k * 3);
    for (int k = 0; k < 20; ++k) {
        NodeTemplate added = topology.nodeAt(k);
        added.name = QStringLiteral("Added_%1").arg(k);
        topology.appendNode(added);
    }
    return result;
}

const Versions &versions(int nodes)
{
    static std::map<int, Versions> cache;
    auto it = cache.find(nodes);
    if (it != cache.end())
        return it->second;
    Diagnostics diagnostics;
    Test::TopologyGenerator generator(nodes);
    generator.setWithLayout(true);
    Versions v;
    v.base = ToscaReader().read(generator.yaml(), QStringLiteral("generated.yml"), &diagnostics);
    v.ours = edited(v.base);
    v.theirs = v.base;
    for (int i = 50; i < v.theirs.topology->nodeCount(); i += 100)
        setProperty(*v.theirs.topology, i, "their_value", QString::number(i));
    return cache.emplace(nodes, std::move(v)).first->second;
}

void BM_Diff(benchmark::State &state)
{
    const Versions &v = versions(int(state.range(0)));
    if (!v.base.topology) {
        state.SkipWithError("the generated topology did not load");
        return;
    }
    qsizetype changes = 0;
    for (auto _ : state) {
        const Changes found = TopologyDiff::compare(v.base, v.ours);
        changes = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["changes"] = double(changes);
}
BENCHMARK(BM_Diff)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_DiffOfEqualTopologies(benchmark::State &state)
{
    const Versions &v = versions(int(state.range(0)));
    const ToscaArchive copy = v.base;
    for (auto _ : state) {
        const Changes found = TopologyDiff::compare(v.base, copy);
        benchmark::DoNotOptimize(found.data());
    }
}
BENCHMARK(BM_DiffOfEqualTopologies)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_Merge(benchmark::State &state)
{
    const Versions &v = versions(int(state.range(0)));
    qsizetype conflicts = 0;
    for (auto _ : state) {
        const MergeResult result = TopologyMerge::merge(v.base, v.ours, v.theirs);
        conflicts = result.conflicts.size();
        benchmark::DoNotOptimize(result.merged.topology->nodeCount());
    }
    state.counters["conflicts"] = double(conflicts);
}
BENCHMARK(BM_Merge)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
